/**
 * The sentences of "Nhập từ bảng có sẵn…" in the task pane and the playground (loaded with the
 * import panel, not with the pane's first paint). The lines about tables, columns and values
 * not placed are the CLI's (./import).
 */
export const IMPORT_PANE = {
  title: 'Nhập từ bảng có sẵn',
  hint: 'Chọn tệp Excel (.xlsx) hoặc Word (.docx) có bảng phụ lục theo mẫu riêng của đơn vị, hoặc chọn vùng bảng trong trang tính rồi bấm "Dùng vùng đang chọn". Xem trước cách ghép cột, sửa nếu cần, rồi chèn phụ lục chuẩn.',
  pickFile: 'Chọn tệp .xlsx hoặc .docx…',
  useSelection: 'Dùng vùng đang chọn',
  selectionUnsupported: 'Excel này không đọc được vùng đang chọn: hãy lưu bảng thành tệp .xlsx rồi chọn tệp.',
  selectionEmpty: 'Chưa chọn vùng bảng nào: hãy chọn cả bảng (kể cả dòng tiêu đề) rồi bấm lại.',
  reading: 'Đang đọc bảng…',
  previewTitle: (name: string) => `Xem trước: ${name}`,
  noTables: 'Không tìm thấy bảng nào có dòng tiêu đề cột.',
  tableNotRecognised: 'Không nhận ra bảng này là phụ lục nào: bảng sẽ không được nhập.',
  columnsCaption: (table: string) => `Ghép cột của ${table}`,
  sourceColumn: 'Cột của bảng',
  targetColumn: 'Vào cột của phụ lục',
  columnLabel: (i: number, header: string) => `Cột ${i}${header ? ` "${header}"` : ''}`,
  selectLabel: (i: number, header: string) => `Cột đích cho cột ${i}${header ? ` "${header}"` : ''}`,
  noTarget: '— Không nhập cột này —',
  chooseTarget: '— Chọn cột đích —',
  annexesTitle: 'Sẽ chèn:',
  annexLine: (title: string, rows: number, values: number) => `${title}: ${rows} dòng, ${values} giá trị`,
  unplacedTitle: 'Không đặt được',
  notesTitle: 'Cần xem lại',
  insert: 'Chèn phụ lục đã nhập',
  inserting: 'Đang chèn…',
  done: (sheets: string[]) =>
    `Đã chèn ${sheets.length} phụ lục: ${sheets.map((s) => `"${s}"`).join(', ')}. Bấm "Kiểm tra" để xem các ô cần sửa.`,
  close: 'Đóng',
  failed: 'Không nhập được bảng',
  unreadable: (name: string, reason: string) => `Không đọc được tệp "${name}": ${reason}`,
  insertFailed: (done: string[], templateId: string, detail: string) =>
    `Không chèn được phụ lục ${templateId} (${detail}).${done.length ? ` Các trang tính đã chèn vẫn giữ: ${done.map((s) => `"${s}"`).join(', ')} — xóa trang tính nếu muốn làm lại.` : ''}`,
};
