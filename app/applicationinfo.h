#pragma once

// The names every entry point gives the application object (they pick the config and keychain locations).
class ApplicationInfo
{
public:
    static void apply();
};
