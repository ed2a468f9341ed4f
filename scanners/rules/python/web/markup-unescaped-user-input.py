import re

import bleach
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from flask import request
from markupsafe import Markup, escape

BANNER = "<b>Maintenance tonight</b>"


def greeting(name):
    # ruleid: markup-unescaped-user-input
    return Markup(f"<p>Hello {name}</p>")


def comment_html(comment):
    # ruleid: markup-unescaped-user-input
    return Markup("<div class='c'>%s</div>" % comment.body)


def link(url, label):
    # ruleid: markup-unescaped-user-input
    return Markup('<a href="{}">{}</a>'.format(url, label))


def query_echo():
    # ruleid: markup-unescaped-user-input
    return Markup(request.args.get("q", ""))


def django_badge(user):
    # ruleid: markup-unescaped-user-input
    return mark_safe("<span class='badge'>" + user.username + "</span>")


def django_bio(profile):
    # ruleid: markup-unescaped-user-input
    return mark_safe(f"<div>{profile.bio}</div>")


# ---- secure near-misses ----


def greeting_safe(name):
    # ok: markup-unescaped-user-input
    return Markup("<p>Hello {}</p>").format(name)


def greeting_escaped(name):
    # ok: markup-unescaped-user-input
    return Markup(f"<p>Hello {escape(name)}</p>")


def constant():
    # ok: markup-unescaped-user-input
    return Markup("<hr>")


def banner():
    # ok: markup-unescaped-user-input
    return Markup(f"<div class='banner'>{BANNER}</div>")


def django_badge_safe(user):
    # ok: markup-unescaped-user-input
    return format_html("<span class='badge'>{}</span>", user.username)


def cleaned(body):
    # ok: markup-unescaped-user-input
    return Markup(f"<div>{bleach.clean(body)}</div>")


def format_comment_body(body):
    paragraphs = ["<p>" + p.replace("\n", "<br>") + "</p>" for p in body.split("\n\n")]
    # ruleid: markup-unescaped-user-input
    return Markup("".join(paragraphs))


def format_escaped_body(body):
    paragraphs = ["<p>" + escape(p) + "</p>" for p in body.split("\n\n")]
    # ok: markup-unescaped-user-input
    return Markup("".join(paragraphs))


def render_post_body(md, body):
    html = md.convert(body)
    # ruleid: markup-unescaped-user-input
    return Markup(html)


def render_clean_post_body(md, body):
    html = bleach.clean(md.convert(body), tags={"p", "a", "em", "strong", "code"})
    # ok: markup-unescaped-user-input
    return Markup(html)


def description_html(listing):
    # ruleid: markup-unescaped-user-input
    return Markup(listing.description or "")


def special_requests_html(booking):
    # ruleid: markup-unescaped-user-input
    return Markup(booking.special_requests.replace("\n", "<br>"))


def escaped_requests_html(booking):
    # ok: markup-unescaped-user-input
    return Markup(escape(booking.special_requests).replace("\n", Markup("<br>")))


def bio_html(profile, linebreaks):
    # ok: markup-unescaped-user-input
    return mark_safe(linebreaks(profile.bio, autoescape=True))


def note_html(text):
    # ruleid: markup-unescaped-user-input
    return Markup(text.replace("\n", "<br>\n"))


def note_html_escaped(text):
    # ok: markup-unescaped-user-input
    return Markup(escape(text).replace("\n", Markup("<br>\n")))


def multiline(text, autoescape=True):
    esc = conditional_escape if autoescape else (lambda s: s)
    # ok: markup-unescaped-user-input
    return mark_safe("<br>".join(esc(line) for line in str(text).splitlines()))


def multiline_raw(text, autoescape=True):
    esc = conditional_escape if autoescape else (lambda s: s)
    heading = esc(text.splitlines()[0])
    # ruleid: markup-unescaped-user-input
    return mark_safe(heading + "<br>" + text)


def tech_notes(text, paragraphs):
    html = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs(text))
    # ruleid: markup-unescaped-user-input
    return Markup(html)


def tech_notes_escaped(text, paragraphs):
    html = "".join("<p>" + str(escape(p)) + "</p>" for p in paragraphs(text))
    # ok: markup-unescaped-user-input
    return Markup(html)


def tribute_html(gift):
    lines = gift.tribute_message.strip().splitlines()
    # ruleid: markup-unescaped-user-input
    return Markup("<blockquote>" + "<br>".join(lines) + "</blockquote>")


def tribute_html_escaped(gift):
    lines = gift.tribute_message.strip().splitlines()
    # ok: markup-unescaped-user-input
    return Markup("<blockquote>" + "<br>".join(escape(line) for line in lines) + "</blockquote>")


_URL_RE = re.compile(r"(https?://[^\s<]+)")


def linkify(text):
    html = _URL_RE.sub(r'<a href="\1" rel="noopener">\1</a>', text)
    # ruleid: markup-unescaped-user-input
    return Markup(html.replace("\n", "<br>\n"))


def linkify_escaped(text):
    html = _URL_RE.sub(r'<a href="\1" rel="noopener">\1</a>', str(escape(text)))
    # ok: markup-unescaped-user-input
    return Markup(html.replace("\n", "<br>\n"))


def linkify_escaped_first(text):
    text = escape(text)
    html = _URL_RE.sub(r'<a href="\1" rel="noopener">\1</a>', str(text))
    # ok: markup-unescaped-user-input
    return Markup(html.replace("\n", "<br>\n"))


def ticket_body(text):
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    html = "".join("<p>{}</p>".format(p.replace("\n", "<br>")) for p in paragraphs)
    # ruleid: markup-unescaped-user-input
    return Markup(html)


def ticket_body_escaped(text):
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    html = "".join("<p>{}</p>".format(escape(p)) for p in paragraphs)
    # ok: markup-unescaped-user-input
    return Markup(html)


def _card_body(message, signed_by):
    body = "<br>".join(message[:280].splitlines())
    return body + f"<p>{signed_by}</p>" if signed_by else body


def card_preview():
    body = _card_body(request.form.get("message", ""), request.form.get("signed_by", ""))
    # ruleid: markup-unescaped-user-input
    return Markup(body)


def card_preview_escaped():
    # ok: markup-unescaped-user-input
    return Markup(sanitize_card_html(request.form.get("message", "")))


def card_style():
    style = STYLES.get(request.form.get("style", "classic"), "card--classic")
    # ok: markup-unescaped-user-input
    return Markup(f'<div class="{escape(style)}"></div>')


def search_echo():
    # ok: markup-unescaped-user-input
    return Markup(escape(request.args.get("q", "")))


from markupsafe import Markup as _M  # noqa: E402


def _condolence_paragraphs(text):
    chunks = [c.strip() for c in text.split("\n\n") if c.strip()]
    return "".join(f"<p>{c}</p>" for c in chunks)


def condolence_filter(entry):
    # ruleid: markup-unescaped-user-input
    return _M(_condolence_paragraphs(entry.message))


def condolence_title(entry):
    # ok: markup-unescaped-user-input
    return _M("<h3>Condolences</h3>")


def _with_breaks(text_value):
    # ruleid: markup-unescaped-user-input
    return _M(text_value.strip().replace("\r\n", "\n").replace("\n", "<br>\n"))


def _escaped_breaks(review_text):
    # ok: markup-unescaped-user-input
    return _M(escape(review_text.strip()).replace("\n", _M("<br>\n")))


_ALLERGEN_WORDS = re.compile(r"\b(milk|hazelnut|almond|soya)\b", re.IGNORECASE)


def emphasise_allergens(ingredients):
    escaped = str(escape(ingredients))
    # ok: markup-unescaped-user-input
    return Markup(_ALLERGEN_WORDS.sub(lambda m: f"<strong>{m.group(1)}</strong>", escaped))


def emphasise_allergens_inline(ingredients):
    # ok: markup-unescaped-user-input
    return Markup(re.sub(r"\b(milk)\b", lambda m: f"<b>{m.group(1)}</b>", str(escape(ingredients))))


def emphasise_allergens_raw(ingredients):
    # ruleid: markup-unescaped-user-input
    return Markup(_ALLERGEN_WORDS.sub(lambda m: f"<strong>{m.group(1)}</strong>", ingredients))


def _paragraphs(text):
    return "".join(f"<p>{block}</p>" for block in text.split("\n\n"))


class LotView:
    def __init__(self, lot):
        self.lot = lot

    def notes_html(self):
        # ruleid: markup-unescaped-user-input
        return Markup(_paragraphs(self.lot.condition_notes))

    def notes_escaped_html(self):
        # ok: markup-unescaped-user-input
        return Markup(_paragraphs(escape(self.lot.condition_notes)))


def render_job_pack(template, pack):
    return template.render(
        ref=pack.ref,
        # ruleid: markup-unescaped-user-input
        site_notes=Markup(pack.client_site_notes.replace("\n", "<br>")),
        # ok: markup-unescaped-user-input
        method=Markup(escape(pack.method_notes).replace("\n", Markup("<br>"))),
    )


class InscriptionDraft:
    def __init__(self, text):
        self.text = text

    @property
    def lines(self):
        return [ln.strip() for ln in self.text.splitlines() if ln.strip()]

    @property
    def escaped_lines(self):
        return [escape(ln) for ln in self.text.splitlines()]

    def as_html(self):
        # ruleid: markup-unescaped-user-input
        return Markup("<br>".join(self.lines))

    def as_safe_html(self):
        # ok: markup-unescaped-user-input
        return Markup("<br>".join(self.escaped_lines))


def inscription_preview(draft: InscriptionDraft):
    # ruleid: markup-unescaped-user-input
    body = Markup("<br>".join(draft.lines))
    # ok: markup-unescaped-user-input
    safe = Markup("<br>").join(draft.lines)
    return body, safe


def engraving_preview():
    wording = request.values.get("wording", "").strip()
    # ruleid: markup-unescaped-user-input
    return render_template("preview.html", wording=Markup(wording.replace("\n", "<br>")))


def engraving_preview_escaped():
    wording = escape(request.values.get("wording", "").strip())
    # ok: markup-unescaped-user-input
    return render_template("preview.html", wording=Markup(wording.replace("\n", Markup("<br>"))))
