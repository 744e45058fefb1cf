export function nginxConf(base: string, root: string, template?: string): string;
