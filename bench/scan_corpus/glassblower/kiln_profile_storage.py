"""Saved firing profiles (ramp, hold, anneal curves) that renters keep between sessions."""

import json
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_http_methods

PROFILE_SUFFIX = ".json"


def _profile_dir(user) -> str:
    return os.path.join(settings.KILN_PROFILE_ROOT, str(user.pk))


@login_required
@require_http_methods(["GET"])
def list_profiles(request):
    folder = _profile_dir(request.user)
    names = []
    if os.path.isdir(folder):
        names = sorted(
            f[: -len(PROFILE_SUFFIX)] for f in os.listdir(folder) if f.endswith(PROFILE_SUFFIX)
        )
    return JsonResponse({"profiles": names})


@login_required
@require_http_methods(["GET"])
def get_profile(request, name: str):
    folder = _profile_dir(request.user)
    if name not in {f[: -len(PROFILE_SUFFIX)] for f in os.listdir(folder)}:
        raise Http404("no such profile")
    with open(os.path.join(folder, name + PROFILE_SUFFIX), encoding="utf-8") as fh:
        return JsonResponse(json.load(fh))


@login_required
@require_http_methods(["POST"])
def delete_profile(request):
    name = request.POST.get("profile", "")
    target = os.path.join(_profile_dir(request.user), f"{name}{PROFILE_SUFFIX}")
    if not os.path.exists(target):
        raise Http404("no such profile")
    os.remove(target)
    return JsonResponse({"deleted": name})
