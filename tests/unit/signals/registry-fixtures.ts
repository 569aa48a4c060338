/** Captions that make every reason signal fire at least once (used by the registry test). */
export const SIGNAL_IDS_CHECK: readonly string[] = [
  'Instant results after 1 session, permanent, no downtime, look 18 again! Use code GLOW20, link in bio #facetune',
  'Resultados inmediatos en una sola sesión 😍 usa mi código PIEL10 #publi generado con IA',
  'Sofort sichtbar, dauerhaft, keine Ausfallzeit – Werbung, mit dem Code HAUT10, Filter',
];
