/** <es-quick-exit>: leaving by pressing Shift three times on its own, within 5 seconds of each press. */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from './commands.js';
import sinon from 'sinon';
import { absolute, departures, endEachTest, filledSteps, liveRegion, pressShift, quickExit, startEachTest } from './quick-exit.helpers.js';

const RESET = 'Shift count started over. Press Shift 3 times in a row to leave this page.';

/** Shift held while another key is pressed, as when typing a capital letter. */
async function shiftWith(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

describe('<es-quick-exit>', () => {
  beforeEach(startEachTest);
  afterEach(endEachTest);

  it('leaves after Shift is pressed three times on its own, announcing progress politely', async () => {
    const el = await quickExit();
    expect(liveRegion(el)).to.equal('');
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Press Shift 2 more times to leave this page.');
    expect(filledSteps(el)).to.equal(1);
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Press Shift 1 more time to leave this page.');
    expect(filledSteps(el)).to.equal(2);
    expect(departures.length).to.equal(0);
    await pressShift(el);
    expect(departures).to.deep.equal([{ url: absolute('/weather'), covered: true, noReferrer: true }]);
  });

  it('keeps the three-step indicator away from assistive technology', async () => {
    const el = await quickExit();
    await pressShift(el);
    expect(el.shadowRoot!.querySelector('[part="steps"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-hidden]')).to.equal(null);
  });

  it('does not count Shift used with another key (typing capitals)', async () => {
    const el = await quickExit();
    await shiftWith('KeyA');
    await shiftWith('KeyB');
    await shiftWith('KeyC');
    await el.updateComplete;
    expect(filledSteps(el)).to.equal(0);
    await pressShift(el);
    await shiftWith('KeyD');
    await el.updateComplete;
    expect(filledSteps(el), 'Shift with a letter also starts over').to.equal(0);
    await pressShift(el);
    await pressShift(el);
    expect(departures.length).to.equal(0);
  });

  it('starts over when any other key is pressed', async () => {
    const el = await quickExit();
    await pressShift(el);
    await pressShift(el);
    await sendKeys({ press: 'KeyX' });
    await el.updateComplete;
    expect(filledSteps(el)).to.equal(0);
    expect(liveRegion(el)).to.equal(RESET);
    await pressShift(el);
    expect(departures.length).to.equal(0);
    expect(liveRegion(el)).to.equal('Press Shift 2 more times to leave this page.');
  });

  it('does not count Shift while another key or a mouse button is held (Alt+Shift switches layouts)', async () => {
    const el = await quickExit();
    for (const modifier of ['Alt', 'Control', 'Meta']) {
      await sendKeys({ down: modifier });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await sendKeys({ up: modifier });
      await el.updateComplete;
      expect(filledSteps(el), `${modifier} held`).to.equal(0);
    }
    await sendMouse({ type: 'move', position: [5, 300] });
    await sendMouse({ type: 'down' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(filledSteps(el), 'mouse button held').to.equal(0);
    expect(departures.length).to.equal(0);
    await pressShift(el);
    expect(filledSteps(el), 'Shift alone still counts afterwards').to.equal(1);
  });

  describe('the 5-second window', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('restarts on every press, so unhurried presses 2.6 s apart still leave', async () => {
      const el = await quickExit();
      await pressShift(el);
      await clock.tickAsync(2600);
      await pressShift(el);
      await clock.tickAsync(2600);
      expect(filledSteps(el)).to.equal(2);
      await pressShift(el);
      expect(departures.length).to.equal(1);
    });

    it('starts over after 5 s without a press, and says so politely', async () => {
      const el = await quickExit();
      await pressShift(el);
      await pressShift(el);
      await clock.tickAsync(4999);
      expect(filledSteps(el)).to.equal(2);
      await clock.tickAsync(2);
      await el.updateComplete;
      expect(filledSteps(el)).to.equal(0);
      expect(liveRegion(el)).to.equal(RESET);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-hidden]')).to.equal(null);
      await pressShift(el);
      expect(filledSteps(el)).to.equal(1);
      expect(departures.length).to.equal(0);
    });
  });
});
