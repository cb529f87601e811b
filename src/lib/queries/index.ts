// The queries of the original API and its sister projects, as pure functions over the catalogue.
export * from "./answer.ts";
export * from "./registry.ts";
