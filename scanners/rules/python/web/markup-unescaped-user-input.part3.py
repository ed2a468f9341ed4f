from markupsafe import Markup, escape

CAPTION_LINES = 3


def photo_caption(caption: str) -> Markup:
    lines = [part.strip() for part in caption.splitlines() if part.strip()]
    # ruleid: markup-unescaped-user-input
    return Markup("<br>".join(lines[:CAPTION_LINES]))


def escaped_photo_caption(caption: str) -> Markup:
    lines = [escape(part.strip()) for part in caption.splitlines() if part.strip()]
    # ok: markup-unescaped-user-input
    return Markup("<br>").join(lines[:CAPTION_LINES])


def review_snippet(review: str) -> Markup:
    # ruleid: markup-unescaped-user-input
    return Markup(review[:140])


def escaped_review_snippet(review: str) -> Markup:
    snippet = escape(review[:140])
    # ok: markup-unescaped-user-input
    return Markup(snippet)
