"""Accept a zip of product photos from an artist and stage them for the shop.

Artists photograph a whole firing at once and upload the folder as a zip;
images are unpacked into their staging area for the shop manager to review.
"""
import os
import shutil
import zipfile

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".heic")
MAX_MEMBERS = 400


def staging_dir_for(user) -> str:
    path = os.path.join(settings.MEDIA_ROOT, "staging", f"artist-{user.pk}")
    os.makedirs(path, exist_ok=True)
    return path


def unpack_photos(archive: zipfile.ZipFile, destination: str) -> list[str]:
    saved = []
    members = [m for m in archive.infolist() if not m.is_dir()][:MAX_MEMBERS]
    for member in members:
        if not member.filename.lower().endswith(IMAGE_EXTENSIONS):
            continue
        target = os.path.join(destination, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        saved.append(member.filename)
    return saved


@login_required
@require_POST
def upload_photo_zip(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("archive")
    if upload is None or not zipfile.is_zipfile(upload):
        return JsonResponse({"error": "please upload a .zip file"}, status=400)
    upload.seek(0)
    with zipfile.ZipFile(upload) as archive:
        saved = unpack_photos(archive, staging_dir_for(request.user))
    return JsonResponse({"staged": len(saved), "files": saved})
