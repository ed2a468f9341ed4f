"""Install custom storefront themes uploaded as .tar.gz bundles."""
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def upload_theme(request):
    upload = request.FILES["bundle"]
    theme = request.POST["slug"]
    if not theme.isidentifier():
        return JsonResponse({"error": "invalid slug"}, status=400)
    dest = Path(settings.THEMES_ROOT) / theme
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        for chunk in upload.chunks():
            tmp.write(chunk)
        tmp.flush()
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        with tarfile.open(tmp.name, "r:gz") as tar:
            tar.extractall(dest)
    return JsonResponse({"installed": theme})
