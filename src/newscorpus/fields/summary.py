"""Standfirsts (a summary paragraph set apart above the body) and the outlet tags that open them."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["strip_outlet_tag"]

# "TGVN.", "WVR -", "VGP -", "NDO –", "(VOVWORLD) -", "• " ... an outlet tag or bullet before the sapo.
_TAG: Final = re.compile(
    r"^(?:(?:TGVN|WVR|VGP|BNG|VOV|VNA|TTXVN|NDO|\((?:VOVWORLD|VOV)\))\s*(?:\.|-|–|—|:)\s*|[•·▪■►]\s*)"
)


def strip_outlet_tag(text: str) -> tuple[str, bool]:
    """The sapo without its outlet tag or bullet, and whether one was there.

    >>> strip_outlet_tag("TGVN. China firmly supports ASEAN.")
    ('China firmly supports ASEAN.', True)
    """
    m = _TAG.match(text)
    if m is None:
        return text, False
    return text[m.end() :].lstrip(), True
