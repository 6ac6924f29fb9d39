/**
 * Cultural heritage (非遗) and cultural sites: heritage projects of the ten national categories with
 * their level and region, inheritors (传承人), outreach into homes and into schools (进家庭、进校园); red-culture
 * education bases, museums, culture streets and exhibition halls with what they offer and when
 * they open. Records of the region's culture, kept by the offices that look after it.
 */
package org.pomegranate.heritage;
