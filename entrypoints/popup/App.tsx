import { SettingsPanel } from '../../components/SettingsPanel';
import { PopupApp } from '../../components/popup/PopupApp';

export function App() {
  return <PopupApp Settings={SettingsPanel} />;
}
