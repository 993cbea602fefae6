#!/usr/bin/env bash
# Installs what planlint needs on a bare Debian machine: libyaml's headers (pkg-config yaml-0.1).
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
if ! pkg-config --exists yaml-0.1 2>/dev/null; then
  echo "bootstrap: installing libyaml-dev" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libyaml-dev pkg-config >/dev/null
fi
