"""Regional member directory, as shown to area organisers.

Area organisers can list members in their region who have opted in to
the directory, and download the list as CSV for local meeting invites.
"""
from __future__ import annotations

import csv

from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import HttpResponse
from django.views.generic import ListView

from .models import Member

DIRECTORY_COLUMNS = ("membership_no", "full_name", "town", "marques")


class RegionalDirectoryView(LoginRequiredMixin, PermissionRequiredMixin, ListView):
    permission_required = "members.view_directory"
    template_name = "members/directory.html"
    context_object_name = "members"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        self.region = request.GET.get("region", request.user.member.region)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return Member.objects.raw(
            "SELECT * FROM members_member WHERE region = '%s' AND directory_opt_in = true"
            " ORDER BY full_name" % self.region
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["region"] = self.region
        return context


class RegionalDirectoryCsvView(RegionalDirectoryView):
    paginate_by = None

    def render_to_response(self, context, **response_kwargs):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="directory.csv"'
        writer = csv.writer(response)
        writer.writerow(DIRECTORY_COLUMNS)
        for member in context["members"]:
            writer.writerow(
                [
                    member.membership_no,
                    member.full_name,
                    member.town,
                    ", ".join(member.marque_list()),
                ]
            )
        return response
