export function App() {
  return <main><h1>Compare treatments</h1></main>;
}
