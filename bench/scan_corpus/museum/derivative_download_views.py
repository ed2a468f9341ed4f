"""Views for browsing and downloading image derivatives of catalogued objects."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from collection.models import CollectionObject

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".jp2")


def _can_view(user, obj) -> bool:
    return obj.images_public or user.has_perm("collection.view_restricted_images")


def _derivative_dir(obj) -> str:
    return os.path.join(settings.DERIVATIVES_ROOT, str(obj.pk))


@login_required
def derivative_list(request, object_id):
    obj = get_object_or_404(CollectionObject, pk=object_id)
    if not _can_view(request.user, obj):
        raise PermissionDenied
    folder = _derivative_dir(obj)
    files = []
    if os.path.isdir(folder):
        files = sorted(f for f in os.listdir(folder) if f.lower().endswith(IMAGE_EXTENSIONS))
    return render(request, "collection/derivatives.html", {"object": obj, "files": files})


@login_required
def download_derivative(request, object_id):
    obj = get_object_or_404(CollectionObject, pk=object_id)
    if not _can_view(request.user, obj):
        raise PermissionDenied
    filename = request.GET.get("file", "")
    path = os.path.join(_derivative_dir(obj), filename)
    if not os.path.isfile(path):
        raise Http404("No such derivative")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
