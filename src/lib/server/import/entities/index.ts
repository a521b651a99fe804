/**
 * Every importable entity by name, in the order a first import should follow: customers and
 * products before the orders, contacts and opportunities that point at them.
 */
import { contactsSpec } from './contacts.ts';
import { customersSpec } from './customers.ts';
import type { EntityName, EntitySpec } from './entity-spec.ts';
import { followUpsSpec } from './follow-ups.ts';
import { interactionsSpec } from './interactions.ts';
import { opportunitiesSpec } from './opportunities.ts';
import { ordersSpec } from './orders.ts';
import { productsSpec } from './products.ts';

export const ENTITY_SPECS: Record<EntityName, EntitySpec> = {
	customers: customersSpec,
	products: productsSpec,
	orders: ordersSpec,
	contacts: contactsSpec,
	opportunities: opportunitiesSpec,
	interactions: interactionsSpec,
	follow_ups: followUpsSpec
};

export { ENTITY_NAMES, type EntityName, type EntitySpec } from './entity-spec.ts';
