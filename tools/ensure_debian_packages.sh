#!/usr/bin/env bash
# Debian packages the project needs, installed only when missing:
#   pdf     – WeasyPrint's libraries (Pango, HarfBuzz subset) and a font, for /konzept.pdf
#   browser – Chromium for the browser tests, npm for axe-core
#   i18n    – gettext's msgfmt for compiling the translations (.po -> .mo)
#   bench   – wrk, the HTTP load generator of `make bench`
# Outside CI a failed install prints one line and goes on (the browser tests then skip); with CI=true it fails.
set -uo pipefail

have_lib() { ldconfig -p | grep -q "$1"; }

missing=()
for part in "$@"; do
    case "$part" in
        pdf)
            have_lib 'libpango-1.0.so.0' || missing+=(libpango-1.0-0)
            have_lib 'libpangoft2-1.0.so.0' || missing+=(libpangoft2-1.0-0)
            have_lib 'libharfbuzz-subset.so.0' || missing+=(libharfbuzz-subset0)
            [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
            ;;
        browser)
            [ -x /usr/bin/chromium ] || missing+=(chromium)
            command -v npm >/dev/null || missing+=(npm)
            ;;
        i18n)
            command -v msgfmt >/dev/null || missing+=(gettext)
            ;;
        bench)
            command -v wrk >/dev/null || missing+=(wrk)
            ;;
        *) echo "unbekannter Teil: $part" >&2; exit 2 ;;
    esac
done

[ ${#missing[@]} -eq 0 ] && exit 0
echo "Debian-Pakete werden installiert: ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
    exit 0
fi
if [ "${CI:-}" = "true" ]; then
    echo "Installation von ${missing[*]} fehlgeschlagen; mit CI=true sind sie Pflicht." >&2
    exit 1
fi
echo "Nicht installiert: ${missing[*]} (als root: apt-get install ${missing[*]}); abhängige Tests werden übersprungen."
