import { type Suggestions } from '@thb/shared';

/** One completion offered by the directory's search box. */
export type DirectorySuggestion = Suggestions['items'][number];
