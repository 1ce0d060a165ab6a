#pragma once
// Names of the tables' columns and facets in the state hook (`sort[].column`, `filters` keys) and
// in click targets: stable identifiers for tests and links, independent of header text.
#include <array>

#include "core/call_query.hpp"
#include "core/practice_query.hpp"

namespace alma::ui {

// Indexed by PracticeColumns / CallColumns.
inline constexpr std::array<const char*, PracticeColumns::Count> kPracticeColumnKeys{
    "title", "country", "region", "organisation", "stages", "themes", "targetGroups", "funds", "period"};
inline constexpr std::array<const char*, CallColumns::Count> kCallColumnKeys{
    "title", "country", "region", "level", "status", "closes", "budget", "participants", "fundingModel"};
// Indexed by PracticeFacets / CallFacets.
inline constexpr std::array<const char*, PracticeFacets::Count> kPracticeFacetKeys{
    "country", "stage", "theme", "targetGroup", "fund"};
inline constexpr std::array<const char*, CallFacets::Count> kCallFacetKeys{
    "status", "level", "country", "region", "fundingModel"};

}  // namespace alma::ui
