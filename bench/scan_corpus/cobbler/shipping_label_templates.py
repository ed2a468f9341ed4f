"""Serves ZPL label templates to the thermal printers in each store.

Printers poll this view with the template they need (parcel label, bag
tag, locker slip) and receive the raw ZPL text.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

TEMPLATE_ROOT = Path(settings.LABEL_TEMPLATE_ROOT)
DEFAULT_CARRIER = "generic"


class LabelTemplateLoader:
    def __init__(self, root: Path = TEMPLATE_ROOT):
        self.root = root

    def template_path(self, carrier: str, name: str) -> Path:
        return self.root / carrier / name

    def load(self, carrier: str, name: str) -> str:
        path = self.template_path(carrier, name)
        if not path.exists():
            path = self.template_path(DEFAULT_CARRIER, name)
        return path.read_text(encoding="utf-8")


loader = LabelTemplateLoader()


@require_GET
@permission_required("printing.use_label_printer")
def label_template(request):
    carrier = request.user.store.default_carrier
    name = request.GET.get("template", "parcel.zpl")
    try:
        body = loader.load(carrier, name)
    except FileNotFoundError:
        raise Http404("no such label template")
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
