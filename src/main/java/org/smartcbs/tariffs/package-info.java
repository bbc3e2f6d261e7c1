/**
 * Tariff files and the tariff versions stored from them.
 */

package org.smartcbs.tariffs;
