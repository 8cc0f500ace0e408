/**
 * Every Vietnamese word the task pane shows (labels, hints, notices).
 * Finding messages come from the domain's messages module; this file holds only UI wording,
 * kept in one place so the lead can merge it into the central messages module.
 */
import { SEVERITY_LABEL } from './service';
import type { Severity, Status } from '../report/schema';

export { SEVERITY_LABEL };

export { STATUS_LABEL, statusLabel } from './indicators';

/** Lower-case nouns used in counts: "3 lỗi, 5 cảnh báo, 1 thông tin". */
export const SEVERITY_NOUN: Record<Severity, string> = {
  error: 'lỗi',
  warning: 'cảnh báo',
  info: 'thông tin',
};

export const S = {
  appTitle: 'Phụ lục BĐG',
  tabsLabel: 'Chức năng',
  /** While a tab's code loads (first use of Chỉ tiêu, Xuất kết quả, Tổng hợp, So sánh). */
  loadingTab: 'Đang tải…',
  tabs: {
    insert: 'Chèn phụ lục',
    validate: 'Kiểm tra',
    indicators: 'Chỉ tiêu',
    export: 'Xuất kết quả',
    aggregate: 'Tổng hợp',
    compare: 'So sánh',
  },
  close: 'Đóng',
  loading: 'Đang tải…',

  // Insert tab
  insert: {
    limitationsTitle: 'Excel này thiếu một số tính năng',
    catalogTitle: 'Chọn phụ lục để chèn',
    catalogHint: 'Mỗi lần bấm "Chèn" sẽ thêm một trang tính mới; trang tính đang có không bị ghi đè.',
    catalogEmpty: 'Không có mẫu phụ lục nào.',
    button: 'Chèn',
    buttonLabel: (title: string) => `Chèn ${title}`,
    inserting: 'Đang chèn…',
    done: (sheetName: string) => `Đã chèn vào trang tính "${sheetName}".`,
    failed: 'Không chèn được phụ lục',
    settingsInvalid:
      'Thông tin báo cáo chưa hợp lệ: hãy sửa các ô được đánh dấu đỏ ở phần "Thông tin báo cáo" rồi bấm Chèn lại.',
    settingsNotReady: 'Thông tin báo cáo chưa đọc xong. Hãy đợi một chút rồi bấm Chèn lại.',
    importTitle: 'Đã có bảng phụ lục theo mẫu riêng?',
    importButton: 'Nhập từ bảng có sẵn…',
    importLoading: 'Đang mở phần nhập bảng…',
  },

  // Settings form
  settings: {
    title: 'Thông tin báo cáo (dùng cho mọi phụ lục)',
    hint: 'Thông tin này được lưu trong tệp Excel, nên đi theo tệp khi gửi.',
    loading: 'Đang đọc thông tin báo cáo…',
    loadFailed: 'Không đọc được thông tin báo cáo đã lưu',
    unitName: 'Đơn vị báo cáo',
    unitNamePlaceholder: 'Ví dụ: Thành phố Cao Bằng',
    issuer: 'Cơ quan ban hành',
    issuerPlaceholder: 'Ví dụ: UBND thành phố Cao Bằng',
    reportNumber: 'Số báo cáo',
    reportNumberPlaceholder: 'Ví dụ: 125/BC-UBND',
    reportDate: 'Ngày báo cáo',
    reportYear: 'Năm báo cáo',
    period: 'Kỳ báo cáo',
    periodFrom: 'Từ ngày',
    periodTo: 'Đến ngày',
    levels: 'Cấp hành chính',
    levelsThree: 'Tỉnh / Huyện / Xã',
    levelsTwo: 'Tỉnh / Xã (từ 1/7/2025)',
    indicatorSet: 'Bộ chỉ tiêu',
    indicatorSetHint: 'Phụ lục CLQG và KH được lập theo bộ chỉ tiêu này. Đổi bộ chỉ tiêu thì chèn lại hai phụ lục đó.',
    indicatorSetOption: (title: string, years: readonly string[]) => `${title} (mốc ${years.join(', ')})`,
    indicatorSetConflicts: (n: number) =>
      `Văn bản gốc của bộ này ghi ${n} chỉ tiêu theo hai cách khác nhau; khi kiểm tra, mỗi chỗ được báo kèm số dùng để đánh giá.`,
    units: 'Danh sách địa phương / đơn vị',
    unitsHint: 'Mỗi dòng một địa phương hoặc đơn vị.',
    targets: 'Chỉ tiêu địa phương',
    targetsHint: 'Mã chỉ tiêu (ví dụ 1.1) và giá trị chỉ tiêu của địa phương (ví dụ 60 hoặc 60,5).',
    targetsEmpty: 'Chưa có chỉ tiêu địa phương nào.',
    targetId: 'Mã chỉ tiêu',
    targetValue: 'Giá trị',
    targetRow: (i: number) => `Chỉ tiêu ${i}`,
    addTarget: 'Thêm chỉ tiêu',
    removeTarget: (i: number) => `Xóa chỉ tiêu ${i}`,
    save: 'Lưu thông tin báo cáo',
    saving: 'Đang lưu…',
    saved: 'Đã lưu thông tin báo cáo vào tệp Excel.',
    saveFailed: 'Không lưu được thông tin báo cáo',
    unsaved: 'Có thay đổi chưa lưu (sẽ tự lưu khi bấm Chèn).',
    invalidSummary: 'Có ô chưa hợp lệ, hãy sửa các ô được đánh dấu đỏ.',
    // Field errors
    yearInvalid: 'Năm báo cáo phải là số từ 2000 đến 2100.',
    yearBeforeBudget: (from: number) => `Năm báo cáo không được trước năm bắt đầu kinh phí (${from}).`,
    /** Dates are typed day/month/year whatever the browser's language. */
    datePlaceholder: 'dd/mm/yyyy',
    dateInvalid: 'Ngày phải ghi theo dạng ngày/tháng/năm, ví dụ 10/12/2024.',
    dateImpossible: (text: string) => `Ngày ${text} không có trong lịch: kiểm tra lại ngày và tháng.`,
    periodIncomplete: 'Nhập đủ cả ngày bắt đầu và ngày kết thúc.',
    periodReversed: 'Ngày bắt đầu phải trước ngày kết thúc.',
    targetIdMissing: 'Nhập mã chỉ tiêu.',
    targetValueInvalid: 'Giá trị phải là một số (dùng dấu phẩy cho phần thập phân, ví dụ 60,5).',
    targetDuplicate: 'Mã chỉ tiêu này đã có ở dòng trên.',
  },

  // Validate tab
  validate: {
    button: 'Kiểm tra',
    running: 'Đang kiểm tra…',
    phase: {
      starting: 'Đang bắt đầu kiểm tra…',
      reading: 'Đang đọc số liệu trong tệp…',
      checking: 'Đang kiểm tra từng phụ lục…',
      done: 'Đang tổng hợp kết quả…',
    },
    failed: 'Không kiểm tra được',
    intro: 'Bấm "Kiểm tra" để rà soát các phụ lục trong tệp trước khi gửi. Việc kiểm tra không sửa số liệu nào.',
    storedNote:
      'Đang hiện kết quả của lần kiểm tra trước (từ nút Kiểm tra trên thanh công cụ). Bấm "Kiểm tra" để kiểm tra lại.',
    truncated: (shown: string, total: string) =>
      `Danh sách rút gọn: đang hiện ${shown} trên ${total} mục (bộ nhớ không đủ chỗ). Bấm "Kiểm tra" để xem đủ.`,
    readyTitle: 'Sẵn sàng gửi',
    readyDetailNone: 'Không có lỗi nào.',
    readyDetailSome: (counts: string) => `Không có lỗi; còn ${counts} nên xem lại.`,
    notReadyDetail: 'Cần sửa các lỗi trước khi gửi.',
    noFindings: 'Không có lỗi nào.',
    /** The severity filter narrows the list: "Chỉ hiện: Lỗi, Cảnh báo". */
    filterLabel: 'Chỉ hiện',
    filterAll: 'Đang hiện tất cả. Bấm một mức độ để chỉ xem mức đó.',
    filterOnly: (labels: readonly string[]) => `Đang chỉ hiện: ${labels.join(', ')}. Bấm lại để bỏ chọn.`,
    filterEmpty: 'Không có mục nào với bộ lọc đang chọn.',
    highlight: 'Tô màu ô lỗi',
    /** The legend under the highlight buttons (one colour per severity). */
    legendTitle: 'Màu tô trong bảng',
    highlighted: (n: number) => (n === 0 ? 'Không có ô nào cần tô màu.' : `Đã tô màu ${n} ô.`),
    highlightFailed: 'Không tô màu được',
    clear: 'Bỏ tô màu',
    cleared: 'Đã bỏ tô màu, ô trở lại màu cũ.',
    clearFailed: 'Không bỏ tô màu được',
    goToFailed: 'Không đi tới ô được',
    goToHint: (sheet: string, cell: string) =>
      cell ? `Đi tới ô ${cell} trong trang tính "${sheet}"` : `Đi tới trang tính "${sheet}"`,
    wholeSheet: 'Cả trang tính',
    value: 'Giá trị',
    expected: 'Cần',
    explained: 'Đã giải trình',
    findingsTitle: 'Danh sách cần xem',
  },

  // Indicators tab
  indicators: {
    empty: 'Chưa kiểm tra — bấm Kiểm tra để tính chỉ tiêu.',
    emptyButton: 'Kiểm tra ngay',
    none: 'Không tìm thấy chỉ tiêu nào trong các phụ lục đã kiểm tra.',
    chartTitle: 'Tình hình đạt chỉ tiêu',
    local: 'So với chỉ tiêu địa phương',
    /** The national bar names the milestone compared ("mốc 2025"; two when rows differ). */
    national: (years: readonly string[]) =>
      years.length ? `So với chỉ tiêu quốc gia (mốc ${years.join(', ')})` : 'So với chỉ tiêu quốc gia',
    chartAria: (what: string, side: 'local' | 'national', counts: Record<Status, number>) =>
      `${what}: ${counts.dat} đạt, ${counts['chua-dat']} chưa đạt, ${counts['chua-co-so-lieu']} chưa có số liệu, ` +
      `${counts['chua-co-chi-tieu']} chưa có chỉ tiêu ${side === 'local' ? 'địa phương' : 'quốc gia'}` +
      (counts['khong-danh-gia-duoc'] ? `, ${counts['khong-danh-gia-duoc']} không đánh giá được` : ''),
    value: 'Giá trị',
    noValue: 'Chưa có số liệu',
    localTarget: 'Chỉ tiêu địa phương',
    nationalTarget: (year?: string) => (year ? `Chỉ tiêu quốc gia (mốc ${year})` : 'Chỉ tiêu quốc gia'),
    noTarget: 'Chưa đặt',
    gap: (text: string) => `còn cách chỉ tiêu ${text}`,
    goTo: (cell: string) => `Đi tới ô ${cell}`,
    yes: 'Có',
    no: 'Không',
  },

  // Export tab
  exportTab: {
    intro:
      'Ghi toàn bộ kết quả kiểm tra (lỗi, cảnh báo, chỉ tiêu) vào một trang tính mới trong tệp, để in hoặc gửi kèm.',
    button: 'Ghi trang tính Kết quả kiểm tra',
    exporting: 'Đang ghi…',
    needValidation: 'Chưa có kết quả kiểm tra. Hãy bấm "Kiểm tra" ở thẻ Kiểm tra trước, rồi quay lại đây.',
    contents: (counts: string, indicators: number) => `Kết quả sẽ ghi: ${counts}; ${indicators} chỉ tiêu.`,
    nothingFound: 'không có lỗi hay cảnh báo nào',
    done: (sheetName: string) => `Đã ghi kết quả vào trang tính "${sheetName}".`,
    failed: 'Không ghi được kết quả',
  },

  // Aggregate tab
  aggregate: {
    title: 'Tổng hợp báo cáo của các đơn vị',
    intro:
      'Chọn cùng lúc các tệp .xlsx các đơn vị cấp dưới gửi lên. Phụ lục I, II, III được gộp mỗi đơn vị một dòng, có dòng Tổng bằng công thức; trang tính "Tình hình nộp báo cáo" liệt kê từng tệp. Trang tính đang có trong tệp không bị ghi đè.',
    invalidFiles: 'Tệp có lỗi',
    leaveOut: 'Để ra ngoài (đơn vị sửa và gửi lại)',
    includeInvalid: 'Vẫn đưa vào, đánh dấu cần kiểm tra lại',
    button: 'Tổng hợp từ tệp…',
    fileInput: 'Chọn các tệp báo cáo của đơn vị (.xlsx)',
    running: 'Đang tổng hợp…',
    starting: 'Đang chuẩn bị đọc tệp…',
    reading: (index: number, total: number, fileName: string) => `Đang đọc ${index}/${total}: ${fileName}`,
    progressLabel: 'Tiến độ tổng hợp',
    done: (included: number, excluded: number, duplicates: number) =>
      [
        `Đã tổng hợp ${included} tệp`,
        ...(excluded ? [`để ra ngoài ${excluded} tệp`] : []),
        ...(duplicates ? [`trùng đơn vị ${duplicates} tệp`] : []),
      ].join('; ') + '.',
    noneIncluded: (excluded: number, duplicates: number) =>
      `Không có tệp nào đưa vào tổng hợp được (để ra ngoài ${excluded} tệp; trùng đơn vị ${duplicates} tệp).`,
    statusSheet: (sheet: string) => `Xem lý do từng tệp ở trang tính "${sheet}".`,
    sheetsInserted: (list: string) => `Đã chèn: ${list}.`,
    failed: 'Không tổng hợp được',
    readFailed: (fileName: string) => `không mở được tệp "${fileName}" trên máy`,
    summaryTitle: 'Kết quả tổng hợp',
    included: 'Đưa vào tổng hợp',
    excluded: 'Để ra ngoài (có lỗi hoặc không đọc được)',
    duplicates: 'Trùng đơn vị (không cộng hai lần)',
  },

  // Start-up (office-entry)
  boot: {
    officeMissing: 'Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại Phụ lục BĐG.',
    notInExcel: 'Phụ lục BĐG chạy trong Excel. Hãy mở tệp bằng Excel rồi bấm thẻ "Phụ lục BĐG" trên thanh công cụ.',
    failed: 'Không khởi động được Phụ lục BĐG',
  },

  // Errors
  unknownError: 'lỗi không rõ nguyên nhân',
  officeErrors: {
    InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc trong ô đang sửa rồi thử lại.',
    AccessDenied: 'Tệp hoặc trang tính đang được khóa (bảo vệ), không sửa được.',
    ItemNotFound: 'Không tìm thấy trang tính hoặc ô (có thể đã bị xóa hoặc đổi tên).',
    ItemAlreadyExists: 'Tên trang tính đã có trong tệp.',
    GeneralException: 'Excel báo lỗi khi thực hiện thao tác. Hãy thử lại.',
    ApiNotFound: 'Phiên bản Excel này chưa hỗ trợ thao tác này.',
  } as Record<string, string>,
} as const;

/** Counts in words, zeros left out: "2 lỗi, 1 cảnh báo"; empty string when all are zero. */
export function countsPhrase(c: { errors: number; warnings: number; infos: number }): string {
  const parts: string[] = [];
  if (c.errors > 0) parts.push(`${c.errors} ${SEVERITY_NOUN.error}`);
  if (c.warnings > 0) parts.push(`${c.warnings} ${SEVERITY_NOUN.warning}`);
  if (c.infos > 0) parts.push(`${c.infos} ${SEVERITY_NOUN.info}`);
  return parts.join(', ');
}

/**
 * What went wrong, in Vietnamese, for the detail after "Không … được: ".
 * Office.js errors carry an English message but a stable `code`; known codes get a Vietnamese
 * sentence, anything else keeps its own message (the service already speaks Vietnamese).
 */
export function errorDetail(err: unknown): string {
  if (err && typeof err === 'object') {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(S.officeErrors, code)) {
      return S.officeErrors[code]!;
    }
    const message = (err as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  if (typeof err === 'string' && err.trim() !== '') return err.trim();
  return S.unknownError;
}

/** "Không kiểm tra được: …" */
export function failure(prefix: string, err: unknown): string {
  return `${prefix}: ${errorDetail(err)}`;
}
