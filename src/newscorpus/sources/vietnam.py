"""Vietnamese outlets beyond TGVN: VietnamPlus (VNA), Tuoi Tre News, the Government portal (VGP), VOV World
(the Voice of Vietnam's foreign service) and Nhan Dan (the Party's paper)."""

from __future__ import annotations

from typing import ClassVar

from .base import HANOI, SourceParser, mark
from .registry import builtin_domains

__all__ = ["GovernmentPortal", "NhanDan", "TuoiTreNews", "VietnamPlus", "VovWorld"]


class _VietnameseOutlet(SourceParser):
    """What the outlets here share: Hanoi time, numeric dates day first (as in Vietnamese)."""

    time_zone = HANOI
    date_order = "DMY"


class VietnamPlus(_VietnameseOutlet):
    """VietnamPlus, the Vietnam News Agency's English site: ``Hanoi (VNA) –`` ledes, ``VNA`` sign-off.

    Stamps day first: ``Published: 15/03/2023 14:32``.
    """

    name: ClassVar[str] = "vietnamplus"
    title: ClassVar[str] = "VietnamPlus (Vietnam News Agency)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vietnamplus")
    marks = (
        mark(r"^[A-Z][\w .'-]{1,30} \(VNA\) [–-] ", 0.6, "(VNA)"),
        mark(r"^VNA\s*$", 0.3, "VNA"),
        mark(r"(?i)^Related news\s*$", 0.2, "elated news"),
        mark(r"^Published: \d{2}/\d{2}/\d{4} \d{2}:\d{2}\s*$", 0.3, "Published: "),
    )


class TuoiTreNews(_VietnameseOutlet):
    """Tuoi Tre News: ``Sunday, May 17, 2020, 16:36 GMT+7`` stamps, ``Name / Tuoi Tre News`` at the end.

    Numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "tuoitre_news"
    title: ClassVar[str] = "Tuoi Tre News"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("tuoitre_news")
    marks = (
        mark(r"/ Tuoi Tre News\s*$", 0.8, "Tuoi Tre News"),
        mark(r"^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} GMT\+7\s*$", 0.5, "GMT+7"),
        mark(r"to get the latest news about Vietnam", 0.4, "latest news about Vietnam"),
    )


class GovernmentPortal(_VietnameseOutlet):
    """The Vietnamese Government's news portal (VGP): sapo tagged ``VGP -``, ``… AM GMT+7`` stamps.

    Numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "baochinhphu"
    title: ClassVar[str] = "Vietnam Government Portal (VGP News)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("baochinhphu")
    marks = (
        mark(r"^VGP - ", 1.0, "VGP - "),
        mark(r"- Photo: VGP", 0.4, "Photo: VGP"),
    )


class VovWorld(_VietnameseOutlet):
    """VOV World, the Voice of Vietnam's foreign-language service: sapo tagged ``(VOVWORLD) -``, stamps
    ``Friday, 14:25, 15/03/2024`` (weekday, time, day-first date), a ``VOVWORLD`` logo line.

    Hanoi time; numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "vov_world"
    title: ClassVar[str] = "VOV World (Voice of Vietnam)"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("vov_world")
    marks = (
        mark(r"^\(VOVWORLD\) ?[-–—] ", 0.9, "(VOVWORLD)"),
        mark(r"^VOVWORLD\s*$", 0.4, "VOVWORLD"),
        mark(r"VOV World - Voice of Vietnam", 0.4, "VOV World"),
    )


class NhanDan(_VietnameseOutlet):
    """Nhan Dan (The People), the Party's paper, and its foreign-language site: sapo tagged ``NDO –`` (Nhan
    Dan Online), stamps ``Tuesday, March 12, 2024 - 16:02``, the author's name in capitals after the text.

    Hanoi time; numeric dates day first, as in Vietnamese.
    """

    name: ClassVar[str] = "nhandan"
    title: ClassVar[str] = "Nhan Dan"
    version: ClassVar[str] = "1"
    domains: ClassVar[tuple[str, ...]] = builtin_domains("nhandan")
    marks = (
        mark(r"^NDO [-–—] ", 0.8, "NDO "),
        mark(r"^NHAN DAN - Central organ of the Communist Party of Vietnam", 0.6, "Central organ"),
        mark(r"^NHAN DAN\s*$", 0.3, "NHAN DAN"),
        mark(r"^© Copyright Nhan Dan\b", 0.3, "Copyright Nhan Dan"),
    )
