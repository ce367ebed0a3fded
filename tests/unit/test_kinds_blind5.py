"""blind5 furniture rules: phrases, line shapes and Spanish consent dialogs (synthetic lines)."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus.kinds.furniture import caption_reason, junk_reason, navigation_reason
from newscorpus.kinds.phrases import phrase_kind
from newscorpus.model import SegmentKind as K


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Listen · 3:05", K.OTHER),
        ("6-Minute Listen", K.OTHER),
        ("Playlist", K.OTHER),
        ("Embed", K.OTHER),
        ("Transcript", K.OTHER),
        ("Sponsor Message", K.OTHER),
        ("Correction", K.OTHER),
        ("An earlier version of this article misstated the year the bridge opened.", K.OTHER),
        ("hide caption", K.CAPTION),
        ("toggle caption", K.CAPTION),
        ("Heard on All Things Considered", K.NAVIGATION),
        ("Facebook  Flipboard  Email", K.SHARE),
        ("Read in Japanese", K.NAVIGATION),
        ("Share  Add to your selections", K.SHARE),
        ("Read more Premium  Fishing towns in Brittany brace for a quieter summer", K.RELATED),
        ("READ: Port workers vote to end the strike", K.RELATED),
        ("Xem thêm: Hội nghị thường niên năm 2024", K.RELATED),
        ("The rest of this story is reserved for subscribers.", K.PROMO),
        ("Already a subscriber? Sign in", K.PROMO),
        ("Subscribe from $4.99 per month", K.PROMO),
        ("Join Tidings+", K.PROMO),
        ("Donate", K.PROMO),
        ("Translation of an original article published in German on example.de.", K.OTHER),
        ("Summarize this article with AI", K.OTHER),
        ("This is AI generated summarization, which may contain mistakes.", K.OTHER),
        ("How does this make you feel?", K.OTHER),
        ("Happy 10%  Sad 0%  Angry 5%  Inspired 85%", K.JUNK),
        ("Add a comment", K.COMMENTS),
        ("There are no comments yet. Be the first to share your view.", K.COMMENTS),
        ("Recommend 7", K.COMMENTS),
        ("For more information, please see our Comments FAQ", K.COMMENTS),
        ("Jane Roe | 2 hours ago | Reply", K.COMMENTS),
        ("Comment's Title", K.COMMENTS),
        ("Comments  Print  Mail  Large Medium Small", K.COMMENTS),
        ("PrintEmailRSS", K.SHARE),
        ("【打印本页】 【关闭窗口】", K.SHARE),
        ("Other News", K.RELATED),
        ("推荐阅读", K.RELATED),
        ("Bài viết liên quan", K.RELATED),
        ("Lo más visto", K.NAVIGATION),
        ("Like Business Desk on Facebook, follow @desk on Twitter for updates", K.PROMO),
        ("Follow Example TV on Facebook, X and YouTube for more stories", K.PROMO),
        ("Theo dõi Báo Ví Dụ trên Google News", K.PROMO),
        ("We'll send you latest news updates through the day.", K.PROMO),
        ("Sigue toda la información de Ejemplo en Facebook y X", K.PROMO),
        ("Se adhiere a los criterios de The Trust Project", K.PROMO),
        ("Si está interesado en licenciar este contenido, pinche aquí", K.OTHER),
        ("Compartir en Facebook  Compartir en X", K.SHARE),
        ("Suscríbete", K.PROMO),
        ("Iniciar sesión", K.NAVIGATION),
        ("Archivado en", K.NAVIGATION),
        ("Ir a los comentarios", K.COMMENTS),
        ("Más información", K.RELATED),
        ("(Translated by Jane Roe)", K.CREDIT),
        ("Published by John Roe on behalf of Example Media Limited", K.CREDIT),
        ("Bản quyền thuộc Báo Ví Dụ", K.CREDIT),
        ("(China Daily Europe 03/15/2016 page7)", K.OTHER),
        ("https://example.org.eg/News/123456.aspx", K.SHARE),
        (
            "The Associated Press’ education coverage receives financial support from several foundations.",
            K.OTHER,
        ),
    ],
)
def test_phrase_kinds(line: str, kind: K) -> None:
    found = phrase_kind(" ".join(line.split()))
    assert found is not None and found[0] is kind


@pytest.mark.parametrize("line", ["Transcript:", "Read more about the plan.", "Post office workers strike"])
def test_not_furniture(line: str) -> None:
    assert phrase_kind(line) is None


def test_counters_captions_pagination() -> None:
    assert junk_reason("Views: 2,031", 2) == "counter"
    assert junk_reason("Views : 87", 3) == "counter"
    assert caption_reason("Photo/Illutration Children play in a park in Osaka on May 2. (Jane Roe)", 14) == (
        "caption-phrase"
    )
    assert caption_reason("Image Credit: Jane Roe/Example News", 5) == "photo-credit"
    assert caption_reason("DESIGN: JOHN ROE", 3) == "photo-credit"
    filed = "Residents at a town hall meeting on Friday. Post File Photo"
    assert caption_reason(filed, 11) == "caption-credit"
    assert caption_reason("Quang cảnh hội nghị - Ảnh: VGP/Nguyễn Hoàng", 10) == "caption-credit"
    assert navigation_reason("分页：【1】【2】【3】【下一页】", 1) == "pagination"
    assert navigation_reason("Page 2 of 30 Go to page Go", 8) == "pagination"


def test_spanish_consent_dialog() -> None:
    text = (
        "Tu privacidad es importante para nosotros\n"
        "Nosotros y nuestros socios utilizamos cookies para almacenar información en tu dispositivo y "
        "tratar datos personales con tu consentimiento.\n"
        "Aceptar y continuar\n"
        "Configurar y más información\n\n"
        "Un puente nuevo une los dos barrios del río\n\n"
        "El ayuntamiento abrió el lunes el puente, que costó 12 millones de euros y tardó dos años en "
        "construirse, según los técnicos municipales.\n\n"
        "Los vecinos celebraron la apertura con una fiesta que duró hasta la noche en la plaza mayor.\n"
    )
    art = newscorpus.parse(text)
    kinds = [s.kind for s in art.segments]
    assert kinds[:4] == [K.OTHER] * 4
    assert art.headline == "Un puente nuevo une los dos barrios del río"
