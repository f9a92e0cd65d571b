/** A schema-valid entity for hand-made test datasets: only what a test is about needs saying. */
import type { Entity } from '../../src/data/schema';

export function testEntity(e: Pick<Entity, 'id' | 'type' | 'aliases'> & Partial<Pick<Entity, 'name' | 'short' | 'roles'>>): Entity {
  return {
    name: e.id,
    ...e,
    description: 'test entity',
    note: 'a test entity, used only by the unit tests that build it.',
    role: 'test role text',
    facts: [{ date: '2023', text: 'a fact', source: 'https://example.org' }],
    wikipedia: 'https://en.wikipedia.org/wiki/X',
    sources: ['https://example.org'],
  };
}
