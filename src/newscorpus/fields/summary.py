"""Standfirsts (a summary paragraph set apart above the body) and the outlet tags that open them."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["strip_outlet_tag"]

# "TGVN.", "WVR -", "VGP -", "VOV.VN -", "NDO –", "(VOVWORLD) -", "(Chinhphu.vn) -", "• " ... an outlet tag
# or bullet before the sapo; or a label naming it: "Summary:", "Highlights:".
_TAG: Final = re.compile(
    r"^(?:(?:TGVN|WVR|VGP|BNG|VOV(?:\.VN)?|VNA|TTXVN|NDO|\((?:VOVWORLD|VOV|Chinhphu\.vn|VGP)\))\s*(?:\.|-|–|—|:)\s*"
    r"|[•·▪■►]\s*|(?:Summary|Highlights|Tóm tắt|摘要)\s*[:：]\s*)"
)


def strip_outlet_tag(text: str) -> tuple[str, bool]:
    """The sapo without its outlet tag or bullet, and whether one was there.

    >>> strip_outlet_tag("TGVN. China firmly supports ASEAN.")
    ('China firmly supports ASEAN.', True)
    >>> strip_outlet_tag("Summary: Farmers hope to sell direct.")
    ('Farmers hope to sell direct.', True)
    """
    m = _TAG.match(text)
    if m is None:
        return text, False
    return text[m.end() :].lstrip(), True
