// The core flows in Firefox ESR (Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi). See flows.mjs.
import { coreFlows } from './flows.mjs';
import { launchFirefox } from './drivers.mjs';

coreFlows('Firefox ESR', launchFirefox);
