"""Downloads of the blank layout templates designers use for our standard stationery sizes."""
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET

TEMPLATE_DIR = Path(settings.BASE_DIR) / "assets" / "layout_templates"

TEMPLATES = {
    "a6-invitation": ("A6 invitation, 3mm bleed", "a6_invitation_bleed3.pdf"),
    "a7-rsvp": ("A7 RSVP card, 3mm bleed", "a7_rsvp_bleed3.pdf"),
    "5x7-invitation": ("5x7in invitation, 1/8in bleed", "5x7_invitation.pdf"),
    "dl-info": ("DL information card", "dl_info_card.pdf"),
    "c6-envelope": ("C6 envelope flap liner", "c6_envelope_liner.pdf"),
    "place-card": ("Folded place card", "place_card_folded.pdf"),
}
FORMATS = {"pdf", "ai", "idml"}


@require_GET
def template_index(request):
    return JsonResponse(
        {
            "templates": [
                {"slug": slug, "label": label, "formats": sorted(FORMATS)}
                for slug, (label, _) in TEMPLATES.items()
            ]
        }
    )


@require_GET
def download_template(request, slug: str):
    entry = TEMPLATES.get(slug)
    if entry is None:
        raise Http404("unknown template")
    label, filename = entry
    fmt = request.GET.get("format", "pdf").lower()
    if fmt not in FORMATS:
        raise Http404("unknown format")
    path = TEMPLATE_DIR / fmt / Path(filename).with_suffix(f".{fmt}").name
    if not path.is_file():
        raise Http404("template not available in that format")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
