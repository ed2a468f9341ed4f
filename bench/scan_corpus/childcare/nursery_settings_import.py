"""Admin views for managing per-site configuration (rooms, ratios, session times)."""
import logging

import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render

from .forms import SiteConfigUploadForm
from .models import Room, SessionTime, Site

log = logging.getLogger(__name__)

REQUIRED_KEYS = {"rooms", "sessions"}


def _apply_config(site: Site, config: dict) -> None:
    with transaction.atomic():
        Room.objects.filter(site=site).delete()
        for room in config["rooms"]:
            Room.objects.create(
                site=site,
                name=room["name"],
                min_age_months=room.get("min_age_months", 0),
                max_age_months=room.get("max_age_months", 60),
                ratio=room["ratio"],
                capacity=room["capacity"],
            )
        SessionTime.objects.filter(site=site).delete()
        for label, times in config["sessions"].items():
            SessionTime.objects.create(site=site, label=label, starts=times["start"], ends=times["end"])


@staff_member_required
def upload_site_config(request, site_id: int):
    site = get_object_or_404(Site, pk=site_id)
    form = SiteConfigUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["config_file"].read()
        config = yaml.load(raw, Loader=yaml.Loader)
        if not isinstance(config, dict) or not REQUIRED_KEYS <= config.keys():
            form.add_error("config_file", "File must define rooms and sessions.")
        else:
            _apply_config(site, config)
            log.info("site %s config replaced by %s", site.code, request.user.pk)
            messages.success(request, f"Configuration for {site.name} updated.")
            return redirect("admin:nursery_site_change", site.pk)
    return render(request, "nursery/upload_site_config.html", {"form": form, "site": site})
