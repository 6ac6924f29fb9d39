/**
 * The party-building network (社区党总支 + 网格党支部 + 楼栋党小组): each community, grid and building
 * may carry its organisation with a secretary or leader (a staff account); cadres who report to their
 * community (报到); vanguard demonstration teams (民族团结进步先锋示范队) of staff, volunteers and
 * cadres. Residents carry no political field: membership is implied only by a cadre registration,
 * which only staff of the community's scope see.
 */
package org.pomegranate.partybuilding;
