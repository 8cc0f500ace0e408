/**
 * Every Vietnamese sentence the officer reads about a finding, a prompt or a status lives here.
 * Rules report a message id and data; this module turns them into words for the task pane,
 * the CLI and the report sheet.
 */
import { formatVnNumber } from '../parse/number';

export type MessageData = Record<string, string | number | undefined>;
/** A message from its data; `column` is the finding's column header, for the messages that name it (data.column wins). */
type Template = (d: MessageData, column?: string) => string;

const n = (v: string | number | undefined): string => (typeof v === 'number' ? formatVnNumber(v) : (v ?? ''));
const PERCENT_SIGN_AT_END = /\s*%$/;
/** "88,89 %" → "88,89": what to type in a % cell. */
const typedOf = (v: string | number | undefined): string => n(v).replace(PERCENT_SIGN_AT_END, '');

const HAND_MADE_WHY: Record<string, string> = {
  'no-number-row': 'không có dòng số thứ tự cột "(1) (2) (3) …" của mẫu',
  'headers-differ': 'tiêu đề các cột khác mẫu',
  'no-marker': 'không phải trang tính được chèn từ bộ mẫu',
};

export const MESSAGES: Record<string, Template> = {
  // 1. Structure
  'structure/annex-unreadable': (d) =>
    `Phụ lục ${d.templateId} không đọc được (trang tính "${d.sheet}"): ${d.reason}. Hãy mở tệp bằng Excel để kiểm tra, hoặc lấy lại bản gốc.`,
  'structure/unknown-workbook': () =>
    'Tệp không có phụ lục nào của bộ mẫu (không nhận ra trang tính nào là phụ lục). Nếu phụ lục được lập theo mẫu riêng, hãy chuyển sang phụ lục chuẩn bằng nút "Nhập từ bảng có sẵn…" trong ngăn tác vụ (hoặc lệnh phuluc import), rồi kiểm tra lại.',
  'structure/header-row-missing': (d) =>
    `Không tìm thấy dòng số thứ tự cột "(1) (2) (3) …"${d.table ? ` của bảng "${d.table}"` : ''}: bảng đã bị sửa cấu trúc.`,
  'structure/hand-made-table': (d) =>
    `Trang tính "${d.sheet}" có một bảng${d.cols ? ` ${d.cols} cột` : ''} giống ${d.title}${d.name ? ` (${d.name})` : ''}${d.rows ? `, ${d.rows} dòng số liệu,` : ''} nhưng không theo mẫu chuẩn (${HAND_MADE_WHY[String(d.why)] ?? HAND_MADE_WHY['no-marker']}), nên chưa kiểm tra được số liệu. Hãy chuyển bảng sang phụ lục chuẩn bằng nút "Nhập từ bảng có sẵn…" trong ngăn tác vụ (hoặc lệnh phuluc import), rồi kiểm tra lại.`,
  'structure/column-missing': (d) => `Thiếu cột (${d.number}) "${d.header}" — cột đã bị xóa hoặc dòng số cột bị sửa.`,
  'structure/column-inserted': (d, column) =>
    `Có cột lạ chèn vào giữa bảng (cột ${d.column ?? column}). Hãy xóa cột này hoặc chuyển ghi chú ra ngoài bảng.`,
  'structure/header-changed': (d) => `Tiêu đề cột đã bị sửa: ghi "${d.found}", mẫu là "${d.expected}".`,
  'structure/row-missing': (d) => `Thiếu dòng "${d.label}" của mẫu.`,
  'structure/row-unknown': (d) => `Dòng "${d.label}" không có trong mẫu: kiểm tra lại mã chỉ tiêu.`,
  'structure/duplicate-annex': (d) =>
    `${d.title ?? `Phụ lục ${d.template}`} xuất hiện ${d.count} lần (các trang tính: ${d.sheets}). Chỉ giữ và gửi một bản.`,
  'structure/hidden-annex': (d) =>
    `Trang tính phụ lục "${d.sheet}" đang bị ẩn${d.veryHidden ? ' kiểu "very hidden" (không hiện trong lệnh Bỏ ẩn của Excel)' : ''}: người nhận có thể không thấy. Hãy bỏ ẩn trang tính trước khi gửi.`,
  'structure/merges-unread': () =>
    'Excel không cho đọc các vùng ô gộp của trang này (quá nhiều vùng gộp), nên chưa kiểm tra được ô nhập liệu bị gộp. Các kiểm tra khác vẫn đầy đủ; có thể kiểm tra phần này bằng trang kiểm tra ngoại tuyến (kiem-tra.html) hoặc lệnh phuluc validate.',
  'structure/merged-input': (d) =>
    `Ô nhập liệu bị gộp (${d.range}): số liệu trong vùng gộp có thể bị mất. Hãy bỏ gộp ô.`,
  'structure/total-row-missing': (d) => `Không tìm thấy dòng "${d.label}" của bảng.`,
  'structure/no-data-rows': () => 'Bảng chưa có dòng số liệu nào.',
  // 2. Presence
  'presence/required': (d, column) =>
    `Ô bắt buộc còn trống: ${d.column ?? column}${d.row ? ` (${d.row})` : ''}. ${d.naAllowed ? 'Nhập số liệu, hoặc "-" nếu không áp dụng.' : 'Hãy nhập số liệu.'}`,
  'presence/na-not-allowed': (d, column) =>
    `Cột "${d.column ?? column}" không nhận "${d.found}" (không áp dụng). Hãy nhập giá trị.`,
  // 3. Type
  'type/number-as-text': (d) => {
    const reading =
      d.unit !== undefined
        ? d.converted
          ? ` (số kèm đơn vị: cột tính bằng ${d.unit} nên đây là ${d.amount} ${d.unit})`
          : ` (số kèm đơn vị: đọc là ${d.suggestion} ${d.unit}, đúng đơn vị của chỉ tiêu)`
        : d.whole
          ? ` (cột chỉ nhận số nguyên nên dấu phân cách ở đây là hàng nghìn: đọc là ${d.suggestion})`
          : d.found !== d.suggestion
            ? ` (đọc là ${d.suggestion})`
            : '';
    const how =
      d.unit !== undefined
        ? `chỉ con số ${d.suggestion}, không kèm đơn vị${d.converted ? '' : ' (đơn vị đã ghi ở cột Đơn vị tính)'}`
        : d.whole
          ? `${d.suggestion} (không gõ dấu phân cách)`
          : String(d.suggestion);
    return `Ô đang chứa chữ "${d.found}"${reading} chứ không phải số, nên Excel không cộng, không tính được ô này. Hãy gõ lại ${how} vào ô dưới dạng số (nếu ô để định dạng Text, đổi sang Number rồi gõ lại).`;
  },
  'type/number-as-text-ratio': (d, column) =>
    `Công thức tự tính của ô đã bị ghi đè bằng chữ "${d.found}" (không phải số)${d.verdict === 'ok' ? '' : `, trong khi ${n(d.num)}/${n(d.den)} = ${d.shown}${d.verdict === 'truncated' ? ' (làm tròn, không cắt bớt)' : ''}`}. Hãy khôi phục công thức: chép ô ${d.column ?? column} của một dòng khác rồi dán vào ô này (ô sẽ hiện ${d.shown}); hoặc gõ ${d.typed} dạng số.`,
  'type/ambiguous-number': (d) =>
    `"${d.found}" có thể là ${d.vi} (cách viết Việt Nam) hoặc ${d.en} (cách viết tiếng Anh). Hãy nhập lại dạng số để khỏi hiểu nhầm.`,
  'type/unit-mismatch': (d) =>
    `Số được gõ kèm đơn vị "${d.found}" nhưng chỉ tiêu ${d.indicator} tính bằng "${d.expected}": khác đơn vị, nên không dùng để đánh giá. Hãy nhập giá trị tính bằng ${d.expected} (chỉ nhập số).`,
  'type/malformed-number': (d) =>
    `"${d.found}" không phải là một số (thừa dấu phân cách), nên ô đang chứa chữ. Không tự đoán số đúng: hãy xem lại số liệu gốc rồi gõ lại một số, dấu phẩy cho phần thập phân.`,
  'type/malformed-ratio': (d, column) =>
    `Công thức tự tính của ô đã bị ghi đè bằng "${d.found}" — không phải một số (thừa dấu phân cách). Theo số liệu của dòng, ${n(d.num)}/${n(d.den)} = ${d.shown}. Hãy khôi phục công thức: chép ô ${d.column ?? column} của một dòng khác rồi dán vào ô này (ô sẽ hiện ${d.shown}); hoặc gõ ${d.typed}.`,
  'type/not-a-number': (d, column) =>
    `Ô "${d.column ?? column}" cần một số nhưng đang ghi "${d.found}". Hãy gõ chỉ con số (dấu phẩy cho phần thập phân); lời ghi chú thì chuyển sang cột Ghi chú.`,
  'type/date-in-number': (d) =>
    `Excel đã biến số liệu thành ngày ${d.found} (có lẽ gõ "${d.typed}"). Ghi số nữ và tổng số vào hai cột riêng.`,
  'type/fraction-text': (d) =>
    `Ghi "${d.found}" trong một ô. Hãy tách: ${d.num} vào cột số, ${d.den} vào cột tổng số (tỷ lệ ${d.percent}).`,
  'type/formula-error': (d) =>
    `Ô có lỗi công thức ${d.found}${d.hintId && MESSAGES[String(d.hintId)] ? ` — ${MESSAGES[String(d.hintId)]!({})}` : ''}.`,
  'type/date-as-text': (d) =>
    `Ngày được gõ dạng chữ "${d.found}" (đọc là ${d.suggestion}). Nên nhập dạng ngày của Excel.`,
  'type/invalid-date': (d) =>
    `"${d.found}" không phải ngày hợp lệ${d.reason === 'impossible' ? ' (ngày không tồn tại)' : ''}. Ghi theo dạng ngày/tháng/năm, ví dụ 26/07/2021.`,
  'type/text-too-long': (d) => `Nội dung quá dài (${d.length} ký tự): hãy rút gọn.`,
  'type/formula-changed': (d) => `Công thức của ô đã bị thay: đang là ${d.found}, mẫu là ${d.expected}.`,
  'type/formula-overwritten': (d) => `Công thức tính tự động đã bị ghi đè bằng giá trị "${d.found}".`,
  // 4. Domain
  'domain/negative': (d, column) =>
    `Số liệu âm (${n(d.value)}) không hợp lệ ở cột "${d.column ?? column}": số người, số tiền không thể âm. Hãy ghi lại số đúng theo số liệu gốc, dạng số.`,
  'domain/not-whole': (d) =>
    `Số đếm (người, lượt, cuộc) phải là số nguyên, đang ghi ${n(d.value)}. Hãy ghi lại số nguyên theo số liệu gốc.`,
  'domain/percent-range': (d) =>
    `Tỷ lệ ${n(d.value)} % vượt quá 100 %: không thể có. Hãy ghi tỷ lệ từ 0 đến 100 (hoặc ghi số nữ và tổng số để tự tính).`,
  'domain/implausible': (d) =>
    `Giá trị ${n(d.value)} nằm ngoài khoảng hợp lý ${n(d.min)}–${n(d.max)} ${d.unit ?? ''} của chỉ tiêu ${d.indicator}: kiểm tra lại số liệu và đơn vị tính.`,
  'domain/money-unit': (d) =>
    `Số tiền ${n(d.value)} quá lớn cho đơn vị "${d.unit}": có lẽ đang ghi bằng ${d.other}. Quy đổi ra ${d.unit} là ${n(d.converted)}.`,
  'domain/money-unit-small': (d) =>
    `Số tiền ${n(d.value)} quá nhỏ cho đơn vị "${d.unit}": có lẽ đang ghi bằng ${d.other}. Nếu vậy, quy đổi ra ${d.unit} là ${n(d.converted)}.`,
  'domain/huge-count': (d) => `Số đếm ${n(d.value)} lớn bất thường: kiểm tra lại.`,
  // 5. Arithmetic
  'arithmetic/part-exceeds-whole': (d) =>
    `Số nữ (${n(d.part)}) lớn hơn tổng số (${n(d.whole)}): không thể có. Kiểm tra lại hai ô này (có thể nhập nhầm cột hoặc nhầm dòng).`,
  'arithmetic/zero-denominator': (d) =>
    `Tổng số bằng 0 nhưng số nữ là ${n(d.part)}. Hãy nhập tổng số đúng (hoặc sửa số nữ).`,
  'arithmetic/percent-mismatch': (d) =>
    `Tỷ lệ ghi ${d.found} nhưng ${n(d.num)}/${n(d.den)} = ${d.expected}. Hãy sửa thành ${typedOf(d.expected)}, hoặc khôi phục công thức tự tính (chép ô tỷ lệ của một dòng khác rồi dán vào ô này).`,
  'arithmetic/percent-truncated': (d) =>
    `Tỷ lệ ghi ${d.found} nhưng ${n(d.num)}/${n(d.den)} = ${d.expected} — làm tròn, không cắt bớt: hãy sửa thành ${typedOf(d.expected)}.`,
  'arithmetic/total-mismatch': (d) =>
    `Dòng "${d.label}" ghi ${n(d.found)} nhưng cộng các dòng được ${n(d.expected)}. Nếu các dòng đúng, sửa dòng "${d.label}" thành ${n(d.expected)} (hoặc khôi phục công thức cộng của mẫu).`,
  'arithmetic/total-percent-averaged': (d) =>
    `Tỷ lệ dòng tổng ghi ${d.found} nhưng tính từ tổng số đếm là ${d.expected} (không lấy trung bình các tỷ lệ): hãy sửa thành ${typedOf(d.expected)}.`,
  // 6. Consistency
  'consistency/people-without-events': (d) =>
    `Có ${n(d.people)} lượt người tham gia nhưng số lớp/cuộc là 0: kiểm tra lại hai cột này.`,
  'consistency/events-without-people': (d) =>
    `Có ${n(d.events)} lớp/cuộc nhưng không có người tham gia: kiểm tra lại hai cột này.`,
  'consistency/year-columns': (d) => `Các cột năm không liên tục hoặc sai thứ tự: ${d.found} (cần ${d.expected}).`,
  'consistency/duplicate-row': (d) =>
    `${d.indicator ? `Chỉ tiêu ${d.indicator}` : `"${d.label}"`} được ghi hai lần với số liệu khác nhau (dòng ${d.rows}).`,
  // 7. Targets
  'target/less-ambitious': (d) =>
    `Chỉ tiêu địa phương ${d.local} ${d.weaker === 'higher' ? 'cao hơn' : d.weaker === 'looser' ? 'lỏng hơn' : 'thấp hơn'} chỉ tiêu quốc gia ${d.national}${d.year ? ` (năm ${d.year})` : ''} của chỉ tiêu ${d.indicator}. Nếu đây là quyết định của địa phương, hãy ghi giải trình.`,
  'target/against-direction': (d) =>
    `Chỉ tiêu ${d.indicator} là chỉ tiêu cần ${d.lower ? 'giảm' : 'tăng'}, nhưng mục tiêu ${d.target} ${d.lower ? 'cao hơn' : 'thấp hơn'} giá trị cơ sở ${d.baseline}: mâu thuẫn. Kiểm tra lại hai số: chỉ tiêu cần ${d.lower ? 'giảm thì mục tiêu phải thấp hơn' : 'tăng thì mục tiêu phải cao hơn'} giá trị cơ sở.`,
  'target/unit-inconsistent': (d) =>
    `Đơn vị viết "${d.found}" không đúng: chỉ tiêu ${d.indicator} tính trên ${d.base} (${d.expected}).`,
  'target/two-values': (d) =>
    `Một ô ghi hai giá trị ("${d.found}"). Hãy tách theo từng cấp vào các dòng riêng (thêm dòng con ngay dưới chỉ tiêu, để trống cột TT).`,
  'target/sub-measure-lower': (d) =>
    `${d.label ?? 'Số tin, bài mỗi quý'}: ${d.local} thấp hơn mức quốc gia ${d.national} (chỉ tiêu ${d.indicator}). Nếu đây là quyết định của địa phương, hãy ghi giải trình.`,
  'target/impossible-result': (d) =>
    `Kết quả "${d.found}" vượt quá 100 %: tỷ lệ không thể trên 100 %. Hãy ghi tử số và mẫu số (hoặc một tỷ lệ từ 0 đến 100); giải thích thêm ở cột Ghi chú / giải trình.`,
  // Worded by messages/indicators.ts (SET_WARNING), which the set's loader also uses.
  'target/set-conflict': (d) => String(d.text ?? ''),
  // 8. Documents
  'document/type-unknown': (d) =>
    `Loại văn bản "${d.found}" không có trong danh mục${d.suggestion ? ` — có phải "${d.suggestion}"?` : ''} (${d.expected}).`,
  'document/number-format': (d) =>
    d.date
      ? `Số ký hiệu đã bị Excel đổi thành ngày ${d.found}: hãy nhập lại dạng chữ "số/ký hiệu" (ví dụ 91/KH-UBND).`
      : `Số ký hiệu "${d.found}" không đúng dạng "số/ký hiệu". Hãy chép đúng số ký hiệu trên văn bản gốc, dạng số/ký hiệu, không dấu phẩy, không dấu cách (ví dụ 91/KH-UBND).`,
  'document/number-cleanup': (d) =>
    `Số ký hiệu "${d.found}" có ${[d.prefix ? 'chữ "Số:" ở đầu' : '', d.spaces ? 'dấu cách thừa' : '', d.trailing ? 'dấu câu thừa ở cuối' : ''].filter(Boolean).join(', ') || (d.what ?? 'ký tự thừa')}: nên ghi "${d.expected}".`,
  'document/type-mismatch': (d) =>
    `Loại "${d.type}" cần ký hiệu ${d.expected} nhưng số ký hiệu là "${d.found}": kiểm tra lại cột Loại văn bản hoặc cột Số ký hiệu.`,
  'document/cong-van-abbr': (d) => `Công văn không ghi chữ viết tắt tên loại, nhưng số ký hiệu là "${d.found}".`,
  'document/duplicate-number': (d) =>
    `Số ${d.number} của ${d.issuer} đã dùng trong năm ${d.year} ở dòng ${d.other} (${d.otherDate}): một số chỉ cấp một lần trong năm. Đối chiếu văn bản gốc và sửa số của một trong hai dòng.`,
  'document/listed-twice': (d) =>
    `Văn bản số ${d.number} ngày ${d.date} của ${d.issuer} đã có ở dòng ${d.other}: cùng một văn bản được liệt kê hai lần. Hãy xóa một dòng.`,
  'document/register-order': (d) =>
    `Số ${d.number} (ngày ${d.date}) ${d.higher ? 'lớn hơn' : 'nhỏ hơn'} số ${d.otherNumber} ${d.higher ? 'cấp sau đó' : 'cấp trước đó'} (ngày ${d.otherDate}, dòng ${d.other}) trong sổ ${d.type} năm ${d.year} của ${d.issuer}: số văn bản tăng dần theo ngày ban hành. Kiểm tra lại số hoặc ngày của một trong hai dòng.`,
  'document/register-disorder': (d) =>
    `Trong sổ ${d.type} năm ${d.year} của ${d.issuer}, ${d.count}/${d.total} văn bản có số không tăng theo ngày ban hành (các dòng ${d.rows}${Number(d.count) > 10 ? ', …' : ''}). Kiểm tra cột Ngày ban hành (có thể nhập nhầm ngày/tháng) và cột Số ký hiệu.`,
  'document/outside-period': (d) =>
    `Ngày ban hành ${d.found} nằm ngoài kỳ báo cáo ${d.from} – ${d.to}: kiểm tra lại ngày, hoặc kỳ báo cáo ở phần Thông tin báo cáo.`,
  'document/sequence': (d) =>
    `Số thứ tự không liên tục: ${d.found ? `ghi ${d.found}` : 'bỏ trống'}, cần ${d.expected}.`,
  'document/empty': () => 'Phụ lục chưa có văn bản nào.',
  // 9. Text
  'text/normalized': (d) =>
    `Nhãn "${d.found}" có ký tự ẩn hoặc dấu tiếng Việt dạng tổ hợp (dán từ PDF): đã so khớp sau khi chuẩn hóa.`,
  'text/name-not-text': (d, column) =>
    `Ô "${d.column ?? column}" cần tên nhưng đang ghi ${d.kind === 'bool' ? `giá trị đúng/sai ${d.found}` : `số ${d.found}`}: không biết số liệu của dòng này là của ai. Hãy ghi tên, ví dụ "${d.example}"; nếu số liệu bị lệch cột, hãy chuyển về đúng cột.`,
  // Hints used as "expected"
  'hint/value': () => 'một giá trị',
  'hint/number': () => 'một số (dấu phẩy cho phần thập phân)',
  'hint/as-number': (d) => `${d.value} (dạng số, không phải chữ)`,
  'hint/doc-number': () => 'dạng "số/ký hiệu" (không ghi "Số:")',
  'hint/div0': () => 'mẫu số (tổng số) bằng 0 hoặc để trống',
  'hint/value-error': () => 'một ô trong công thức đang chứa chữ thay vì số',
  'hint/ref-error': () => 'công thức trỏ tới ô hoặc cột đã bị xóa; hãy chèn lại phụ lục hoặc sửa công thức',
  'hint/na-error': () => 'không tìm thấy giá trị cần tra',
  'hint/name-error': () => 'tên hàm hoặc tên vùng không đúng',
  'hint/value-or-na': () => 'một giá trị, hoặc "-" nếu không áp dụng',
  'hint/non-negative': () => 'một số ≥ 0',
  'hint/whole-number': () => 'một số nguyên',
  'hint/percent-range': () => 'từ 0 đến 100 %',
  'internal/rule-failed': (d) =>
    `Quy tắc ${d.rule} gặp lỗi nội bộ và đã được bỏ qua (${d.detail}). Các kiểm tra khác vẫn chạy đủ.`,
  // Settings
  'settings/invalid': (d) => `Cài đặt báo cáo không hợp lệ: ${d.detail}`,
};

/** The sentence of message `id`; `column`: the header of the finding's column, for messages that name it when data does not. */
export function formatMessage(id: string, data: MessageData = {}, column?: string): string {
  const t = MESSAGES[id];
  return t ? t(data, column) : id;
}

/** Prompts shown by Excel's native data validation on input cells. */
export const PROMPTS = {
  count: { prompt: 'Nhập số nguyên ≥ 0.', error: 'Cần một số nguyên không âm.' },
  countNA: { prompt: 'Nhập số nguyên ≥ 0, hoặc "-" nếu không áp dụng.', error: 'Cần một số nguyên không âm hoặc "-".' },
  money: (unit: string) => ({ prompt: `Nhập số tiền ≥ 0 (đơn vị: ${unit}).`, error: 'Cần một số không âm.' }),
  decimal: { prompt: 'Nhập một số ≥ 0.', error: 'Cần một số không âm.' },
  percent: {
    prompt: 'Nhập tỷ lệ từ 0 đến 100, hoặc ghi tử số và mẫu số để tự tính.',
    error: 'Tỷ lệ phải từ 0 đến 100.',
  },
  date: { prompt: 'Nhập ngày dạng ngày/tháng/năm.', error: 'Cần một ngày hợp lệ.' },
  list: { prompt: 'Chọn trong danh sách.', error: 'Giá trị không có trong danh sách.' },
  text: { prompt: 'Nhập nội dung.', error: 'Nội dung quá dài.' },
  docNumber: {
    prompt: 'Số ký hiệu dạng số/ký hiệu, ví dụ 91/KH-UBND (không ghi "Số:").',
    error: 'Số ký hiệu quá dài.',
  },
  name: { prompt: 'Tên địa phương / đơn vị.', error: 'Tên quá dài.' },
  unitText: { prompt: 'Nhập số; có thể ghi kèm đơn vị, ví dụ 108 bé trai/100 bé gái.', error: 'Nội dung quá dài.' },
} as const;

export const MONEY_UNIT_LABEL = { dong: 'đồng', 'trieu-dong': 'triệu đồng' } as const;

export { LIMITATIONS, SERVICE_ERRORS, SEVERITY_LABEL } from './service';

/** Labels of the "Kết quả kiểm tra" sheet. */
export const REPORT_SHEET = {
  name: 'Kết quả kiểm tra',
  title: 'KẾT QUẢ KIỂM TRA PHỤ LỤC BÁO CÁO BÌNH ĐẲNG GIỚI',
  checkedAt: (when: string) => `Kiểm tra lúc ${when}`,
  /** Whose report this is: the unit, the report's number and year (from the report settings). */
  reportOf: (d: { unit: string; number: string; year: number }) =>
    `Đơn vị: ${d.unit || '…'} — Báo cáo số ${d.number || '……'} — Năm ${d.year}`,
  summaryReady: 'Sẵn sàng gửi: không có lỗi.',
  findingsTitle: 'I. CÁC VẤN ĐỀ CẦN XỬ LÝ',
  noFindings: 'Không có vấn đề nào.',
  findingHeaders: ['STT', 'Nội dung', 'Trang tính', 'Ô', 'Mức độ', 'Giá trị', 'Cần', 'Giải trình'],
  indicatorsTitle: 'II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
  indicatorHeaders: [
    'Mã',
    'Chỉ tiêu',
    'Kết quả',
    'Chỉ tiêu địa phương',
    'Đánh giá (địa phương)',
    'Chỉ tiêu quốc gia (mốc so sánh)',
    'Đánh giá (so với mốc quốc gia)',
    'Còn thiếu',
  ],
} as const;

/** "3 lỗi, 5 cảnh báo, 1 thông tin" or "Sẵn sàng gửi". */
export function summaryText(stats: { errors: number; warnings: number; infos: number }): string {
  if (stats.errors === 0 && stats.warnings === 0 && stats.infos === 0) return 'Sẵn sàng gửi';
  const parts = [`${stats.errors} lỗi`, `${stats.warnings} cảnh báo`];
  if (stats.infos) parts.push(`${stats.infos} thông tin`);
  return stats.errors === 0 ? `Sẵn sàng gửi (${parts.slice(1).join(', ')})` : parts.join(', ');
}
