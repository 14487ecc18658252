// The core flows in WebKit (WebKitGTK's MiniBrowser under WebKitWebDriver,
// on an Xvfb display of the test's own). See flows.mjs.
import { coreFlows } from './flows.mjs';
import { launchWebKit } from './drivers.mjs';

coreFlows('WebKitGTK', launchWebKit);
