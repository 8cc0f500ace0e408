/**
 * The offline checker page's own words (dist/kiem-tra.html); the rest is the playground's and the
 * task pane's. Its title and no-JavaScript line are in src/checker/kiem-tra.html.
 */
export const CHECKER = {
  title: 'Kiểm tra phụ lục BĐG',
  subtitle: 'Không cần mạng, không gửi dữ liệu đi đâu: mở tệp .xlsx, bấm Kiểm tra ở khung bên phải, rồi Tải về .xlsx.',
  opened: (name: string, sheets: number) =>
    `Đã mở tệp "${name}" (${sheets} trang tính). Bấm "Kiểm tra" ở khung bên phải để kiểm tra.`,
} as const;
