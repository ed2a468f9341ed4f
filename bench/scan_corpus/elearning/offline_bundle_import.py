"""Imports offline course bundles (.tar.gz) delivered by external content vendors.

A bundle holds ``bundle.json`` plus a ``content/`` folder that is published
under COURSE_CONTENT_ROOT/<course code>.
"""
import json
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from catalogue.models import Course

COURSE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")


@require_POST
@permission_required("catalogue.import_bundle", raise_exception=True)
def import_bundle(request):
    upload = request.FILES.get("bundle")
    if upload is None or not upload.name.endswith((".tar.gz", ".tgz")):
        return JsonResponse({"error": "expected a .tar.gz bundle"}, status=400)

    with tempfile.TemporaryDirectory(prefix="bundle-") as tmp:
        with tarfile.open(fileobj=upload, mode="r:gz") as tar:
            tar.extractall(tmp)
        manifest = json.loads((Path(tmp) / "bundle.json").read_text(encoding="utf-8"))
        code = str(manifest.get("code", "")).upper()
        if not COURSE_CODE.match(code):
            return JsonResponse({"error": "bundle has an invalid course code"}, status=400)

        course, _ = Course.objects.update_or_create(
            code=code,
            defaults={"title": manifest["title"], "vendor": manifest.get("vendor", "")},
        )
        target = Path(settings.COURSE_CONTENT_ROOT) / code
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(Path(tmp) / "content", target)
    return JsonResponse({"course": course.code}, status=201)
