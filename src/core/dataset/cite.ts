/** Short in-text citations ("Hanten et al. 2000") made from a reference's full citation. */

/**
 * "Surname et al. YEAR" (or "Surname YEAR" for one author) from a Vancouver-style citation; the
 * reference id when the citation does not start with an author list.
 */
export function shortCitation(ref: { readonly id: string; readonly citation: string }): string {
  const authors = ref.citation.split('.')[0] ?? '';
  const names = authors.split(',').map((a) => a.trim()).filter((a) => a !== '' && !/^(eds?|editors?)$/i.test(a));
  const first = /^(\p{Lu}[\p{L}'’-]*(?:[- ](?:de|del|la|las|los|van|von|der|\p{Lu}[\p{L}'’-]*))*)\s+\p{Lu}{1,3}$/u.exec(names[0] ?? '');
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(ref.citation)?.[1];
  if (!first?.[1] || !year) return ref.id;
  return `${first[1]}${names.length > 1 ? ' et al.' : ''} ${year}`;
}
