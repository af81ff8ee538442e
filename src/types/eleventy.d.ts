// The few parts of Eleventy's JavaScript API that Digest uses (Eleventy ships no types).
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addExtension(extensions: string[], options: { key: string }): void;
    setTemplateFormats(formats: string[]): void;
    addGlobalData(name: string, value: unknown): void;
    setDataDirectory(dir: string): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    benchmarkManager: { get(name: string): { setIsVerbose(verbose: boolean): void } };
    /** Globs Eleventy skips (relative to the working directory unless they start with a double star). */
    ignores: Set<string>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; configPath?: string; config?: (config: UserConfig) => void });
    /**
     * Renders every page without writing it: one entry per page (`outputPath` false for a page
     * with no permalink), its content as the template returned it (a string, or Digest's UTF-8 bytes).
     */
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string | false; content: string | Uint8Array }[]>;
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  /** RFC 3339 date for Atom and JSON Feed. */
  export function dateToRfc3339(date: Date): string;
}
