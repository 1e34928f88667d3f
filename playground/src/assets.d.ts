// Text files that esbuild bundles as strings (playground/build.mjs: loader '.scm': 'text').
declare module '*.scm' {
  const text: string;
  export default text;
}

// The bundled example (examples/cfengine.conf and examples/root), made by playground/build.mjs.
declare module 'bundled-example' {
  const example: { policy: string; files: { path: string; type: 'file' | 'dir'; mode: number; base64?: string }[] };
  export default example;
}
