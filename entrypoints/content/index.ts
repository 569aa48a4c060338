import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_PATTERNS } from '../../utils/hosts';

export default defineContentScript({
  matches: [...SITE_PATTERNS],
  runAt: 'document_idle',
  main() {
    // Feed scanner wiring comes next.
  },
});
