// The package ships types that its `exports` map hides from TypeScript; its API is
// better-sqlite3's plus key() and rekey(), which src/storage/sqlite-key.ts declares where used.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export default Database;
}
