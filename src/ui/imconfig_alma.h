#pragma once
// Dear ImGui configuration for the atlas (included by imgui.h through IMGUI_USER_CONFIG).

// Map meshes exceed 65,535 vertices; WebGL2 draws 32-bit indices, so use them everywhere.
#define ImDrawIdx unsigned int

// We always load our own font (Noto Sans subset, embedded); ProggyClean is dead weight.
#define IMGUI_DISABLE_DEFAULT_FONT
// No .ini persistence and no file I/O from ImGui: the browser has no such files.
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS

#ifdef NDEBUG
// Release builds ship no demo window and no debug tools (size, and nothing half-finished on screen).
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#endif
