/**
 * What the old-webview guard (src/guard/guard.js, ES5) says when Excel runs the add-in in a
 * webview our bundles cannot run in: Internet Explorer 11 (Office 2016/2019 volume-licensed,
 * older Windows) or Edge Legacy / EdgeHTML (Microsoft 365 before build 16.0.13530).
 *
 * The guard is plain ECMAScript 5 and is not bundled: scripts/guard.cjs inlines this object into
 * it at build time. Keep it plain data — strings and arrays of strings, no imports, no functions —
 * so the build can read it without the app's modules. `{checker}` is replaced by the address of
 * the offline checker page next to the add-in (dist/kiem-tra.html).
 */
export const GUARD_MSG = {
  title: 'Phiên bản Excel này chưa chạy được Phụ lục BĐG',
  /** Why, by what the guard detected. */
  reason: {
    ie: 'Excel trên máy này hiển thị phần bổ trợ bằng Internet Explorer 11, một trình duyệt cũ không còn được hỗ trợ.',
    edgeLegacy:
      'Excel trên máy này hiển thị phần bổ trợ bằng Microsoft Edge đời cũ (EdgeHTML), một trình duyệt không còn được hỗ trợ.',
    features:
      'Excel trên máy này hiển thị phần bổ trợ bằng một trình duyệt quá cũ, thiếu các tính năng Phụ lục BĐG cần.',
  },
  safe: 'Phụ lục BĐG chưa đọc hay sửa gì trong tệp của bạn.',
  doIntro: 'Bạn có thể chọn một trong các cách sau:',
  steps: [
    'Cập nhật Office: dùng Microsoft 365 hoặc Office 2021 trở lên (trong Excel: Tệp → Tài khoản → Tùy chọn cập nhật → Cập nhật ngay), cài Microsoft Edge WebView2 nếu máy chưa có, rồi mở lại Excel.',
    'Dùng Excel cho web: mở tệp trên https://www.office.com (OneDrive) bằng Chrome, Edge hoặc Firefox, rồi thêm Phụ lục BĐG ở đó.',
    'Kiểm tra tệp không cần Excel: mở trang kiểm tra ngoại tuyến {checker} bằng Chrome, Edge hoặc Firefox và chọn tệp .xlsx; hoặc dùng lệnh "phuluc validate tệp.xlsx" trên máy tính (xem hướng dẫn đi kèm).',
  ],
  /** Shown in the ribbon's dialog (notice.html) under the explanation. */
  close: 'Đóng',
  /** Screen-reader label of the explanation. */
  label: 'Thông báo của Phụ lục BĐG',
} as const;

export type GuardMessages = typeof GUARD_MSG;
