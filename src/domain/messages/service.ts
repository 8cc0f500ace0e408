/**
 * The few sentences the task pane needs before anything is validated: severity labels, what
 * this Excel cannot do, the service's own errors. Their own module so that the pane's first
 * paint does not carry every finding's wording (MESSAGES in index.ts, which re-exports these).
 */
export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/** Sentences the task pane shows when this Excel lacks a feature (ExcelApi requirement sets). */
export const LIMITATIONS = {
  namedItems:
    'Phiên bản Excel này cũ (ExcelApi dưới 1.4): phụ lục được nhận ra theo tiêu đề "Phụ lục …" thay vì dấu nhận diện, nên đừng sửa dòng tiêu đề; sau khi đổi tên trang tính vẫn kiểm tra được nếu tiêu đề còn nguyên.',
  dataValidation:
    'Phiên bản Excel này chưa hỗ trợ kiểm tra dữ liệu khi nhập (ExcelApi 1.8): phụ lục vẫn được chèn, nhưng ô nhập không tự cảnh báo — hãy bấm Kiểm tra trước khi gửi.',
  pageLayout:
    'Phiên bản Excel này chưa hỗ trợ thiết lập trang in (ExcelApi 1.9): hãy tự chọn khổ A4 nằm ngang, vừa một trang chiều ngang khi in. Bỏ tô màu có thể không phân biệt được ô trắng và ô không tô.',
  insertFromWorkbook:
    'Phiên bản Excel này chưa hỗ trợ chèn trang tính từ tệp khác (ExcelApi 1.13): chức năng tổng hợp từ tệp sẽ chép từng ô, chậm hơn.',
} as const;

export const SERVICE_ERRORS = {
  unknownTemplate: (id: string) => `Không có mẫu phụ lục "${id}".`,
  invalidSettings: (detail: string) => `Cài đặt báo cáo chưa hợp lệ: ${detail}`,
} as const;
