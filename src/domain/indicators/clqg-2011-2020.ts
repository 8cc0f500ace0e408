/**
 * Historical set: National Strategy on Gender Equality 2011–2020, as carried into
 * the Bắc Kạn provincial plan of seed 003 (Quyết định 1000/QĐ-UBND, 14/6/2011),
 * 7 goals, milestones 2015 and 2020.
 *
 * All 7 goals and their 25 indicators. Values are read from the plan's text (section "II. CÁC
 * MỤC TIÊU CỤ THỂ"). The plan's annex table ("Chỉ tiêu" column) states several of them
 * differently; ONE definition is kept per indicator (the text's: it is what the Quyết định
 * approves), and the annex's statement is kept beside it in `statedElsewhere`, so the loader
 * reports each conflict as a warning naming the entry (indicators/warnings.ts) and validation
 * shows it (rule target/set-conflict):
 *  - 1.1a women in Party committees 2016–2020: text ≥ 20 %; annex ≥ 25 %.
 *  - 1.1b women deputies: text ≥ 25 % (2016–2020); annex ≥ 30 % (2011–2016), > 35 % (2016–2020).
 *  - 1.2 people's committees with a female key leader: text 70 % / > 90 %; annex 80 % / > 95 %.
 *  - 1.3 agencies with a female key leader: text 50 % / 90 %; annex 70 % / "trên 100%" (impossible).
 *  - 2.2 women business owners: text 10 % (2015) / 30 % (2020); annex 30 % / 35 %.
 *  - 3.2b female doctors: text 10 % / 20 %; annex 20 % / 50 %.
 *  - 6.2b perpetrators counselled: text 70 % / 85 %; annex 70 % / 80 %.
 * (The annex's third column — 20 %, 70 %, 10 % … — repeats the text's 2015 figures: the
 * province's own targets. The annex's "Chỉ tiêu" wording quotes the national strategy.)
 *
 * Read as written, with a note:
 *  - 4.1 sex ratio at birth "không vượt quá 113 … năm 2015 và 115/100 năm 2020": the cap rises,
 *    on purpose (`loosensBecause`), on a lower-is-better indicator.
 *  - 4.3 pregnant women with access to PMTCT services "lên 40% … 50% … so với năm 2010": read
 *    as the share reached (the annex's local target is 40 %), with the plan's words as a note.
 */
import type { IndicatorSet } from './schema';
import { deepFreeze } from './freeze';

const PCT = { min: 0, max: 100 } as const;

export const clqg20112020Definition: IndicatorSet = {
  id: 'clqg-2011-2020',
  title: 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020',
  source: 'Kế hoạch ban hành kèm theo Quyết định số 1000/QĐ-UBND ngày 14/6/2011 của UBND tỉnh Bắc Kạn',
  statedIn: 'phần Mục tiêu cụ thể của Kế hoạch',
  period: { from: 2011, to: 2020 },
  targetYears: ['2015', '2020'],
  goals: [
    {
      id: 1,
      title:
        'Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị',
    },
    {
      id: 2,
      title:
        'Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động',
    },
    {
      id: 3,
      // Seed text has "chất Iượng" (capital I for l).
      title:
        'Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ, từng bước bảo đảm sự tham gia bình đẳng giữa nam và nữ trong lĩnh vực giáo dục và đào tạo',
    },
    { id: 4, title: 'Mục tiêu 4: Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe' },
    { id: 5, title: 'Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực văn hóa và thông tin' },
    {
      id: 6,
      title: 'Mục tiêu 6: Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở giới',
    },
    { id: 7, title: 'Mục tiêu 7: Nâng cao năng lực quản lý nhà nước về bình đẳng giới' },
  ],
  indicators: [
    // Mục tiêu 1
    {
      id: '1.1a',
      goal: 1,
      name: 'Tỷ lệ nữ tham gia các cấp ủy Đảng',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2020': { value: 20 } },
      plausible: PCT,
      lead: 'Ban Tổ chức Tỉnh ủy',
      denominatorBase: 100,
      note: 'Nhiệm kỳ 2016 - 2020',
      statedElsewhere: [{ where: 'bảng phụ lục của Kế hoạch', national: { '2020': { value: 25 } } }],
    },
    {
      id: '1.1b',
      goal: 1,
      name: 'Tỷ lệ nữ tham gia đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2020': { value: 25 } },
      plausible: PCT,
      lead: 'Sở Nội vụ',
      denominatorBase: 100,
      note: 'Nhiệm kỳ 2016 - 2020',
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 30 }, '2020': { value: 35, cmp: 'gt' } } },
      ],
    },
    {
      id: '1.2',
      goal: 1,
      name: 'Tỷ lệ Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 70 }, '2020': { value: 90, cmp: 'gt' } },
      plausible: PCT,
      lead: 'Ban Tổ chức Tỉnh ủy',
      denominatorBase: 100,
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 80 }, '2020': { value: 95, cmp: 'gt' } } },
      ],
    },
    {
      id: '1.3',
      goal: 1,
      name: 'Tỷ lệ Sở, ban ngành, đoàn thể, tổ chức chính trị - xã hội có lãnh đạo chủ chốt là nữ nếu ở cơ quan, tổ chức đó có tỷ lệ 30% trở lên nữ cán bộ, công chức, viên chức, người lao động',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 50 }, '2020': { value: 90 } },
      plausible: PCT,
      lead: 'Ban Tổ chức Tỉnh ủy',
      denominatorBase: 100,
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 70 }, '2020': { value: 100, cmp: 'gt' } } },
      ],
    },
    // Mục tiêu 2
    {
      id: '2.1',
      goal: 2,
      name: 'Tỷ lệ mỗi giới trong tổng số người được tạo việc làm mới',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 40 }, '2020': { value: 40 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
      note: 'Hằng năm, ít nhất 40% cho mỗi giới',
    },
    {
      id: '2.2',
      goal: 2,
      name: 'Tỷ lệ nữ làm chủ doanh nghiệp',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 10 }, '2020': { value: 30 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 30 }, '2020': { value: 35 } } },
      ],
    },
    {
      id: '2.3',
      goal: 2,
      name: 'Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 25 }, '2020': { value: 50 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
    },
    {
      id: '2.4',
      goal: 2,
      name: 'Tỷ lệ nữ ở vùng nông thôn nghèo, vùng dân tộc thiểu số có nhu cầu được vay vốn ưu đãi từ các chương trình việc làm, giảm nghèo và các nguồn tín dụng chính thức',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 80 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
    },
    // Mục tiêu 3
    {
      id: '3.1',
      goal: 3,
      name: 'Tỷ lệ biết chữ của nam và nữ trong độ tuổi từ 15 đến 40 ở vùng sâu, vùng xa, vùng dân tộc thiểu số, vùng đặc biệt khó khăn',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 90 }, '2020': { value: 95 } },
      plausible: PCT,
      lead: 'Sở Giáo dục và Đào tạo',
      denominatorBase: 100,
    },
    {
      id: '3.2a',
      goal: 3,
      name: 'Tỷ lệ nữ thạc sỹ',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 40 }, '2020': { value: 50 } },
      plausible: PCT,
      lead: 'Sở Nội vụ',
      denominatorBase: 100,
    },
    {
      id: '3.2b',
      goal: 3,
      name: 'Tỷ lệ nữ tiến sỹ',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 10 }, '2020': { value: 20 } },
      plausible: PCT,
      lead: 'Sở Nội vụ',
      denominatorBase: 100,
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 20 }, '2020': { value: 50 } } },
      ],
    },
    // Mục tiêu 4
    {
      id: '4.1',
      goal: 4,
      name: 'Tỷ số giới tính khi sinh',
      unit: 'trẻ sơ sinh trai/100 trẻ sơ sinh gái',
      kind: 'ratio',
      direction: 'lte',
      national: { '2015': { value: 113 }, '2020': { value: 115 } },
      plausible: { min: 90, max: 130 },
      lead: 'Sở Y tế',
      denominatorBase: 100,
      loosensBecause: 'Kế hoạch đặt mức trần 113/100 năm 2015 và 115/100 năm 2020 (mức trần tăng theo dự báo)',
      note: 'Không vượt quá 113/100 năm 2015 và 115/100 năm 2020',
    },
    {
      id: '4.2',
      goal: 4,
      name: 'Tỷ lệ tử vong bà mẹ liên quan đến thai sản',
      unit: '/100.000 trẻ đẻ sống',
      kind: 'rate',
      direction: 'lte',
      // 2020: "xuống dưới 52/100.000" — strictly below.
      national: { '2015': { value: 58.3 }, '2020': { value: 52, cmp: 'lt' } },
      plausible: { min: 0, max: 1000 },
      lead: 'Sở Y tế',
      denominatorBase: 100000,
    },
    {
      id: '4.3',
      goal: 4,
      name: 'Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc và dự phòng lây truyền HIV từ mẹ sang con',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 40 }, '2020': { value: 50 } },
      plausible: PCT,
      lead: 'Sở Y tế',
      denominatorBase: 100,
      note: 'Kế hoạch ghi "lên 40% vào năm 2015 và lên 50% vào năm 2020 so với năm 2010"',
    },
    {
      id: '4.4',
      goal: 4,
      name: 'Tỷ lệ phá thai',
      unit: '/100 trẻ đẻ sống',
      kind: 'rate',
      direction: 'lte',
      // 2020: "xuống dưới 25/100" — strictly below.
      national: { '2015': { value: 27 }, '2020': { value: 25, cmp: 'lt' } },
      plausible: { min: 0, max: 200 },
      lead: 'Sở Y tế',
      denominatorBase: 100,
    },
    // Mục tiêu 5
    {
      id: '5.1',
      goal: 5,
      name: 'Tỷ lệ giảm sản phẩm văn hóa, thông tin mang định kiến giới',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 60 }, '2020': { value: 80 } },
      plausible: PCT,
      lead: 'Sở Thông tin và Truyền thông',
      denominatorBase: 100,
    },
    {
      id: '5.2',
      goal: 5,
      name: 'Tỷ lệ Đài Phát thanh - Truyền hình ở địa phương có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 90 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Đài Phát thanh - Truyền hình',
      denominatorBase: 100,
    },
    // Mục tiêu 6
    {
      id: '6.1',
      goal: 6,
      name: 'Khoảng cách về thời gian tham gia công việc gia đình của nữ giới so với nam giới',
      unit: 'lần',
      kind: 'ratio',
      direction: 'lte',
      national: { '2015': { value: 2 }, '2020': { value: 1.5 } },
      plausible: { min: 0.5, max: 5 },
      lead: 'Sở Văn hóa, Thể thao và Du lịch',
      denominatorBase: 1,
    },
    {
      id: '6.2a',
      goal: 6,
      name: 'Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện được tư vấn về pháp lý và sức khỏe, được hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia đình',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 40 }, '2020': { value: 50 } },
      plausible: PCT,
      lead: 'Sở Tư pháp',
      denominatorBase: 100,
    },
    {
      id: '6.2b',
      goal: 6,
      name: 'Tỷ lệ người gây bạo lực gia đình được phát hiện được tư vấn tại các cơ sở tư vấn về phòng, chống bạo lực gia đình',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 70 }, '2020': { value: 85 } },
      plausible: PCT,
      lead: 'Sở Tư pháp',
      denominatorBase: 100,
      statedElsewhere: [
        { where: 'bảng phụ lục của Kế hoạch', national: { '2015': { value: 70 }, '2020': { value: 80 } } },
      ],
    },
    {
      id: '6.3',
      goal: 6,
      name: 'Tỷ lệ nạn nhân bị buôn bán trở về thông qua trao trả, được giải cứu, tự trở về được phát hiện được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng',
      unit: '%',
      kind: 'percent',
      direction: 'eq100',
      national: { '2015': { value: 100 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
    },
    // Mục tiêu 7
    {
      id: '7.1',
      goal: 7,
      name: 'Tỷ lệ dự thảo văn bản quy phạm pháp luật được xác định có nội dung liên quan đến bình đẳng giới hoặc có vấn đề bất bình đẳng giới, phân biệt đối xử về giới được lồng ghép vấn đề bình đẳng giới',
      unit: '%',
      kind: 'percent',
      direction: 'gte',
      national: { '2015': { value: 80 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Sở Tư pháp',
      denominatorBase: 100,
    },
    {
      id: '7.2',
      goal: 7,
      name: 'Tỷ lệ thành viên các Ban soạn thảo, Tổ biên tập xây dựng dự thảo văn bản quy phạm pháp luật được xác định có nội dung liên quan đến bình đẳng giới được tập huấn kiến thức về giới, phân tích giới và lồng ghép giới',
      unit: '%',
      kind: 'percent',
      direction: 'eq100',
      national: { '2015': { value: 100 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Sở Tư pháp',
      denominatorBase: 100,
    },
    {
      id: '7.3',
      goal: 7,
      name: 'Bố trí đủ cán bộ làm công tác bình đẳng giới; hình thành đội ngũ cộng tác viên, tình nguyện viên tham gia công tác bình đẳng giới và sự tiến bộ của phụ nữ',
      unit: 'có/không',
      kind: 'bool',
      direction: 'bool',
      national: { '2015': { value: 1 }, '2020': { value: 1 } },
      plausible: { min: 0, max: 1 },
      lead: 'Sở Lao động - Thương binh và Xã hội',
    },
    {
      id: '7.4',
      goal: 7,
      name: 'Tỷ lệ cán bộ, công chức, viên chức làm công tác bình đẳng giới và sự tiến bộ của phụ nữ ở các cấp, các ngành được tập huấn nghiệp vụ ít nhất một năm một lần',
      unit: '%',
      kind: 'percent',
      direction: 'eq100',
      national: { '2015': { value: 100 }, '2020': { value: 100 } },
      plausible: PCT,
      lead: 'Sở Lao động - Thương binh và Xã hội',
      denominatorBase: 100,
    },
  ],
};

/** The validated, frozen historical set. */
/**
 * The set as written: its own test proves IndicatorSetSchema.parse() returns it unchanged, so it
 * is not parsed again each time the CLI or the task pane starts (zod ~30 ms of the CLI's start).
 */
export const CLQG_2011_2020: IndicatorSet = deepFreeze(clqg20112020Definition);
