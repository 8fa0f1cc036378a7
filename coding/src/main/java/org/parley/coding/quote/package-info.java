/**
 * Quotations and who said them: the speaker is read from the parse (the subject of a reporting verb
 * outside the quote: "..., the presidential aide said"; "said Melvin A. Goodman, ..."; "according
 * to X"), or from a broadcast transcript's speaker label on the line before ("[Sound bite: NAME
 * (Language)]").
 */
package org.parley.coding.quote;
