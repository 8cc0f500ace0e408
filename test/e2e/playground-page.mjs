/** What a person does on the playground page, as functions over a Playwright page. */
import { assert, until } from './harness.mjs';

export const PL_I_SHEET = 'PL-I Nữ DTTS lãnh đạo';
/** Highlight fills (src/domain/sheet/workbook.ts HIGHLIGHT_FILLS): light red for errors, yellow for warnings. */
export const HIGHLIGHT = { error: '#FFC7CE', warning: '#FFEB9C' };

export class Playground {
  constructor(page, env) {
    this.page = page;
    this.env = env;
    this.pane = page.locator('#pg-taskpane');
    this.grid = page.locator('.pg-grid');
  }

  async open(query = '') {
    await this.page.goto(`${this.env.url}/playground.html${query ? `?${query}` : ''}`);
    await this.page.waitForFunction(() => !!window.__playground && window.__playground.mounts > 0);
    await this.pane.getByRole('tab', { name: 'Chèn phụ lục' }).waitFor();
    // The pane loads parts of itself on first use (settings fields, tabs); a click while a chunk
    // arrives can land on what the new content pushed under the pointer. Start once they are in.
    await this.page.waitForLoadState('networkidle');
    return this;
  }

  /** Evaluates `fn(window.__playground, arg)` in the page. */
  eval(fn, arg) {
    return this.page.evaluate(
      ([src, a]) => new Function('pg', 'arg', `return (${src})(pg, arg);`)(window.__playground, a),
      [fn.toString(), arg],
    );
  }

  async tab(name) {
    await this.pane.getByRole('tab', { name }).click();
  }

  /** Chèn phụ lục → the template's "Chèn" button; resolves to the new sheet's name. */
  async insert(title) {
    await this.tab('Chèn phụ lục');
    const before = await this.eval((pg) => pg.port.snapshot.sheets.length);
    await this.pane.getByRole('button', { name: `Chèn ${title}`, exact: true }).click();
    await until(async () => (await this.eval((pg) => pg.port.snapshot.sheets.length)) > before, `inserting ${title}`);
    const name = await this.eval((pg) => pg.port.snapshot.sheets[pg.port.snapshot.sheets.length - 1].name);
    await this.pane.getByText(`Đã chèn vào trang tính "${name}".`).waitFor();
    return name;
  }

  /** Goes to a cell with the name box (as a keyboard user would). */
  async goTo(address) {
    const box = this.page.getByLabel('Địa chỉ ô');
    const selected = async () =>
      (await this.eval((pg) => pg.port.selection && pg.port.selection.cell)) === address.toUpperCase();
    // A selection change still on its way (Enter after the previous edit moves down a row) can
    // re-render the name box over what was typed; type the address again until it takes.
    await until(async () => {
      if (await selected()) return true;
      await box.fill(address);
      await box.press('Enter');
      await new Promise((r) => setTimeout(r, 200));
      return selected();
    }, `selecting ${address}`);
  }

  /** Types into a cell through the formula bar and presses Enter. */
  async type(address, text) {
    await this.goTo(address);
    // Wait for the page to have rendered the new selection (the name box follows it), so the
    // edit starts on the right cell, then make sure the bar holds exactly the text.
    const box = this.page.getByLabel('Địa chỉ ô');
    await until(
      async () => (await box.inputValue()).toUpperCase() === address.toUpperCase(),
      `name box showing ${address}`,
    );
    const bar = this.page.getByLabel('Nội dung ô');
    await until(async () => {
      await bar.fill(text);
      return (await bar.inputValue()) === text;
    }, `typing "${text}" into ${address}`);
    await bar.press('Enter');
  }

  /** Clicks a cell in the grid. */
  async click(address) {
    await this.grid.locator(`td[data-cell="${address}"]`).click();
  }

  cell(sheet, address) {
    return this.eval((pg, [s, a]) => pg.port.getCell(s, a) ?? null, [sheet, address]);
  }

  /** Kiểm tra tab → "Kiểm tra" button → the summary title. */
  async validate() {
    await this.tab('Kiểm tra');
    const button = this.pane.getByRole('tabpanel').getByRole('button', { name: 'Kiểm tra', exact: true });
    await button.click();
    await until(
      async () => (await button.textContent())?.includes('Kiểm tra') && !(await button.textContent())?.includes('Đang'),
      'validation finishing',
    );
    const summary = this.pane.getByText(/^(Sẵn sàng gửi|\d+ lỗi.*)$/).first();
    await summary.waitFor();
    return (await summary.textContent()).trim();
  }

  findings() {
    return this.pane.locator('button[title^="Đi tới"]');
  }

  async findingTexts() {
    return this.findings().allTextContents();
  }

  /** The finding button about `address` whose text matches `re`. */
  finding(address, re) {
    return this.findings()
      .filter({ has: this.page.locator('span', { hasText: new RegExp(`^${address}$`) }) })
      .filter({ hasText: re });
  }

  fills() {
    return this.eval((pg) => Object.fromEntries([...pg.port.fills.entries()].sort(([a], [b]) => (a < b ? -1 : 1))));
  }

  async sheetTabs() {
    return (await this.page.locator('.pg-tabs [role="tab"]').allTextContents()).map((s) => s.trim());
  }

  async activeSheet() {
    return (await this.page.locator('.pg-tabs [role="tab"][aria-selected="true"]').textContent())?.trim();
  }

  async loadSamples() {
    await this.page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await this.page.getByText(/^Đã nạp dữ liệu mẫu/).waitFor();
    await until(async () => (await this.sheetTabs()).length >= 8, 'eight sample sheets');
  }

  async openFile(file) {
    await this.page.locator('#pg-file').setInputFiles(file);
    await this.page.getByText(/^Đã mở tệp/).waitFor();
  }

  /** Clicks "Tải về .xlsx" and saves the download to `target`. */
  async download(target) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Tải về .xlsx' }).click(),
    ]);
    await download.saveAs(target);
    await this.page.getByText(/^Đã tạo tệp/).waitFor();
    return download.suggestedFilename();
  }

  /** True when the element's box lies inside the grid's visible area. */
  async inView(address) {
    const cell = await this.grid.locator(`td[data-cell="${address}"]`).boundingBox();
    const grid = await this.grid.boundingBox();
    assert(cell && grid, `no box for ${address}`);
    return (
      cell.x >= grid.x &&
      cell.y >= grid.y &&
      cell.x + cell.width <= grid.x + grid.width + 1 &&
      cell.y + cell.height <= grid.y + grid.height + 1
    );
  }
}
