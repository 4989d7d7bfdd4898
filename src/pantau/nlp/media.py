"""Online media an article names by their domain ("dilansir dari Liputan6.com").

The tagger never sees such a name as one word, and the mention rules drop
dotted names, since a dot inside a capitalised run is most often two sentences
run together. A web address written as a name in running text is an
organisation: the medium a fact was taken from or given to ("seperti dikutip
dari Antaranews.com"). The outlet's own name, in the dateline or anywhere
else ("kata Budi kepada Kompas.com" on kompas.com), is the publisher, not an
entity of the story; so is any brand in the dateline. A photo credit
("[Suara.com/Budi]") is no mention either.
"""

from __future__ import annotations

import re

from pantau.doc import Mention

_DOMAIN = re.compile(
    r"(?<![\w@/.-])[A-Za-z][\w-]*\.(?:co\.id|com|id|net|org|tv)(?![\w/-])(?!\.\w)", re.IGNORECASE
)


def named_media(
    body: list[str], mentions: list[Mention], head_end: int, outlet: str | None
) -> list[Mention]:
    """Organisation mentions for the domains a body names outside its dateline
    (which ends at ``head_end`` in the first paragraph) and outside other mentions,
    other than the publishing ``outlet``'s own."""
    taken = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for index, paragraph in enumerate(body):
        for match in _DOMAIN.finditer(paragraph):
            start, end = match.span()
            own = match.group().casefold() == (outlet or "").casefold()
            if own or (index == 0 and start < head_end) or (index, start) in taken:
                continue
            found.append(Mention(index, start, end, match.group(), "ORG"))
    return found
