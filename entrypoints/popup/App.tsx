export function App() {
  return <main><h1>Candid Skin</h1></main>;
}
