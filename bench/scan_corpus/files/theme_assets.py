"""Serve per-tenant theme assets (logos, stylesheets, fonts)."""
import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views import View
from django.views.decorators.cache import cache_control
from django.utils.decorators import method_decorator


class ThemeStore:
    def __init__(self, tenant_slug: str) -> None:
        self.base = Path(settings.THEME_ROOT) / tenant_slug

    def asset_path(self, name: str) -> Path:
        return self.base / "assets" / name

    def read(self, name: str) -> bytes:
        path = self.asset_path(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        return path.read_bytes()


@method_decorator(cache_control(max_age=3600, public=True), name="dispatch")
class ThemeAssetView(View):
    def get(self, request, asset_name: str):
        store = ThemeStore(request.tenant.slug)
        try:
            data = store.read(asset_name)
        except FileNotFoundError:
            raise Http404("asset not found")
        content_type, _ = mimetypes.guess_type(asset_name)
        return HttpResponse(data, content_type=content_type or "application/octet-stream")
