"""Artist portal: manage press-kit assets (photos, bios, logos)."""
import os

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .models import Artist


def _press_dir(artist: Artist) -> str:
    return os.path.join(settings.MEDIA_ROOT, "press", artist.slug)


@login_required
def press_kit(request):
    artist = Artist.objects.get(owner=request.user)
    folder = _press_dir(artist)
    files = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return render(request, "portal/press_kit.html", {"artist": artist, "files": files})


@login_required
@require_POST
def delete_asset(request):
    artist = Artist.objects.get(owner=request.user)
    filename = request.POST.get("filename", "")
    target = os.path.join(_press_dir(artist), filename)
    if os.path.isfile(target):
        os.remove(target)
        messages.success(request, f"Removed {filename}.")
    else:
        messages.error(request, "That file no longer exists.")
    return redirect("portal:press_kit")
