import { clauses, extractResult, extractTarget } from './extract';

describe('numbers inside the seeds’ sentences', () => {
  it('reads results (seed 000, Kết quả thực hiện)', () => {
    expect(
      extractResult(
        'Các phòng ban thành phố có cán bộ nữ 13/17=76,47%; Chủ tịch, Phó Chủ tịch UBND thành phố và các xã phường 8/9=88,88%',
        '%',
        false,
      ),
    ).toEqual({ kind: 'several', texts: ['13/17=76,47%', '8/9=88,88%'] });
    expect(extractResult('100% lao động nữ làm công hưởng lương theo quy định', '%', false)).toMatchObject({
      kind: 'number',
      value: 100,
    });
    expect(extractResult('Năm 2022 là 37% Năm 2023 là 36,25%', '%', false)).toMatchObject({
      kind: 'latest-year',
      value: 36.25,
      year: 2023,
    });
    expect(extractResult('48/240 doanh nghiệp, HTX đạt 20%', '%', false)).toEqual({
      kind: 'fraction',
      num: 48,
      den: 240,
      percent: 20,
      percentText: '20%',
    });
    expect(
      extractResult('Số giờ trung bình làm công việc nội trợ … giảm (còn khoảng 1,7 lần)', 'lần', false),
    ).toMatchObject({ kind: 'number', value: 1.7 });
    expect(extractResult('100% số nạn nhân bị mua bán trở về … (01 vụ, 01 người năm 2023)', '%', false)).toMatchObject({
      kind: 'number',
      value: 100,
    });
    expect(
      extractResult('Tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái sinh ra sống', 'bé trai/100 bé gái', false),
    ).toEqual({
      kind: 'qualified',
      text: 'dưới 110 bé trai/100 bé gái sinh ra sống',
    });
    expect(extractResult('Không có bà mẹ tử vong liên quan đến thai sản', '/100.000 trẻ sinh sống', false)).toEqual({
      kind: 'none',
    });
    expect(extractResult('Chưa có cơ sở y tế cung cấp thí điểm dịch vụ', '%', true)).toEqual({
      kind: 'bool',
      value: 'Không',
    });
    expect(extractResult('12/18 thạc sĩ, đạt 66,66%', '%', false)).toMatchObject({
      kind: 'fraction',
      num: 12,
      den: 18,
      percent: 66.66,
    });
    expect(extractResult('Tỷ lệ nữ học sinh … nghề nghiệp (dưới 3 tháng) đạt trên 75%', '%', false)).toEqual({
      kind: 'qualified',
      text: 'trên 75%',
    });
    expect(
      extractResult('Được tiếp cận kiến thức cơ bản về bình đẳng giới thông qua công tác tuyên truyền', '%', false),
    ).toEqual({ kind: 'none' });
  });

  it('reads targets (seed 000, Chỉ tiêu giai đoạn 2021 - 2025)', () => {
    const t = (s: string, u = '%') => extractTarget(s, u);
    expect(t('Chỉ tiêu: Đến năm 2025 đạt 60% các cơ quan quản lý nhà nước')).toMatchObject({ value: 60 });
    expect(t('- Chỉ tiêu 2: Giảm tỷ trọng … xuống dưới 30% vào năm 2025.')).toMatchObject({ value: 30 });
    expect(t('- Chỉ tiêu 1: Giảm số giờ … còn 1,7 lần vào năm 2025 so với nam giới.', 'lần')).toMatchObject({
      value: 1.7,
    });
    expect(
      t(
        '- Chỉ tiêu 1: Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái sinh ra sống vào năm 2025.',
        'bé trai/100 bé gái',
      ),
    ).toMatchObject({ value: 110 });
    expect(
      t('- Chỉ tiêu 2: … giảm còn 42/100.000 trẻ sinh sống vào năm 2025.', '/100.000 trẻ sinh sống'),
    ).toMatchObject({ value: 42 });
    expect(
      t(
        '- Chỉ tiêu 3: Tỷ suất sinh ở vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18/1.000 vào năm 2025.',
        'ca sinh/1.000 phụ nữ 15–19',
      ),
    ).toMatchObject({ value: 18 });
    expect(t('- Chỉ tiêu 3. Phấn đấu đến năm 2025 đạt 100% xã, phường, mỗi quý có ít nhất 04 tin, bài')).toMatchObject({
      value: 100,
    });
    expect(t('- Chỉ tiêu 4: Phần đầu có ít nhất một cơ sở y tế …')).toEqual({ kind: 'none' });
  });

  it('splits sentences that describe two measures', () => {
    const parts = clauses(
      '- Chỉ tiêu 4: Tỷ lệ nữ thạc sĩ … đạt không dưới 10% từ năm 2025 trở đi. Tỷ lệ nữ tiến sĩ … đạt 5% vào năm 2025.',
    );
    expect(parts).toHaveLength(2);
    expect(extractTarget(parts[1]!, '%')).toMatchObject({ value: 5 });
  });
});
